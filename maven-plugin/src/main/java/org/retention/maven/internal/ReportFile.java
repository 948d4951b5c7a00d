package org.retention.maven.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.retention.core.report.RetentionReport;

/**
 * A report with the file it was read from.
 *
 * <pre>{@code
 * new ReportFile(file, RetentionReports.read(file));
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

  /** Whether the JVM that wrote it finished its run; a killed fork leaves an unfinished report. */
  public boolean finished() {
    return report.finished() != null;
  }
}
