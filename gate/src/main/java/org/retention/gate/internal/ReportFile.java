package org.retention.gate.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retention.core.RetentionReports;
import java.util.Objects;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.RetentionReport;

/**
 * A report with the file it was read from.
 *
 * <pre>{@code
 * ReportFile read = ReportFile.read(file);   // a 0-byte file reads as an unfinished run
 * }</pre>
 *
 * @param file where the report was read from
 * @param report its content
 */
public record ReportFile(Path file, RetentionReport report) {
  /** Validates. */
  public ReportFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
  }

  /** How a test JVM names its report: {@code retention-report-<pid>-<start>-<random>.json}. */
  private static final Pattern REPORT_NAME = Pattern.compile("retention-report-(\\d+)-.*\\.json");

  /**
   * Reads {@code file}. An empty file is the report of a JVM that died before it wrote anything
   * (killed between opening the file and its first write, or a full disk): a run that did not
   * finish, with no check, so that it is listed as unfinished and never costs the other reports
   * their verdicts. A report cut short after its first line keeps every whole check.
   *
   * @throws IOException when the file cannot be read, or breaks the report's schema
   */
  public static ReportFile read(Path file) throws IOException {
    return Files.size(file) > 0 ? new ReportFile(file, RetentionReports.read(file)) : empty(file);
  }

  /**
   * Reads {@code file} as {@link #read(Path)} does, handing each check to {@code checks} as it is
   * read: the report returned holds none.
   *
   * @throws IOException when the file cannot be read, or breaks the report's schema
   */
  public static ReportFile read(Path file, Consumer<CheckRecord> checks) throws IOException {
    return Files.size(file) > 0 ? new ReportFile(file, RetentionReports.read(file, checks))
        : empty(file);
  }

  private static ReportFile empty(Path file) throws IOException {
    Matcher name = REPORT_NAME.matcher(file.getFileName().toString());
    long pid = name.matches() ? Long.parseLong(name.group(1)) : 0;
    return new ReportFile(file, new RetentionReport(RetentionReport.SCHEMA, pid,
        "unknown (an empty report)", Files.getLastModifiedTime(file).toInstant(), null, null,
        List.of(), null, null));
  }

  /** Whether the JVM that wrote it finished its run; a killed fork leaves an unfinished report. */
  public boolean finished() {
    return report.finished() != null;
  }
}
