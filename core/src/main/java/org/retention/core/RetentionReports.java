package org.retention.core;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.retention.core.internal.gate.ReportJson;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.RetentionReport;

/**
 * Reads the JSON reports that retention checks write, one per JVM run, into {@link
 * RetentionReport}s: what a build tool reads to gate a build on their verdicts.
 *
 * <pre>{@code
 * for (RetentionReport report : RetentionReports.readAll(Path.of("target/retention"))) {
 *   report.checks().stream()
 *       .filter(check -> check.verdict().failing())
 *       .forEach(check -> System.out.println(check.name() + ": " + check.verdict().word()));
 * }
 * }</pre>
 *
 * <p>A report is written as the run goes, one line per check, and closed when the JVM exits. The
 * report of a JVM that died (killed, crashed, {@code System.halt}) has no end: it reads with every
 * check recorded before the death, {@link RetentionReport#finished()} and {@link
 * RetentionReport#staleBaselineEntries()} null. A check line cut short by the death is left out.
 */
public final class RetentionReports {
  /** The glob naming report files in a report directory: {@value}. */
  public static final String FILE_GLOB = "retention-report-*.json";

  private RetentionReports() {}

  /**
   * Reads one report file.
   *
   * @throws IOException the file cannot be read, or is not a report of schema {@value
   *     RetentionReport#SCHEMA}; the message names the file and the line and column, or the check
   *     and field, that is malformed
   */
  public static RetentionReport read(Path file) throws IOException {
    // Decoding replaces malformed bytes: a check line cut inside a character is dropped anyway.
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    try {
      return ReportJson.read(text);
    } catch (IllegalArgumentException | ArithmeticException malformed) {
      throw new IOException(file + ": not a retention report: " + malformed.getMessage(),
          malformed);
    }
  }

  /**
   * Reads one report file as {@link #read(Path)} does, but hands each check to {@code checks} as
   * it is read instead of keeping it: what a gate merging a million checks uses, so that it holds
   * only what it needs of them.
   *
   * <pre>{@code
   * int[] failing = {0};
   * RetentionReport report = RetentionReports.read(file, check -> {
   *   if (check.verdict().failing()) failing[0]++;
   * });   // report.checks() is empty
   * }</pre>
   *
   * @return the report without its checks
   * @throws IOException as {@link #read(Path)}
   */
  public static RetentionReport read(Path file, Consumer<CheckRecord> checks) throws IOException {
    try (Reader text = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      return ReportJson.read(text, checks);
    } catch (IllegalArgumentException | ArithmeticException malformed) {
      throw new IOException(file + ": not a retention report: " + malformed.getMessage(),
          malformed);
    }
  }

  /**
   * Reads every report file ({@value #FILE_GLOB}) directly in {@code directory}, in file name
   * order; none when the directory does not exist.
   *
   * @throws IOException a report cannot be read or is malformed, naming the file
   */
  public static List<RetentionReport> readAll(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> reports = Files.newDirectoryStream(directory, FILE_GLOB)) {
      reports.forEach(files::add);
    }
    files.sort(null);
    List<RetentionReport> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(read(file));
    }
    return reports;
  }
}
