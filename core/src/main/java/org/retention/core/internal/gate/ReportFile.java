package org.retention.core.internal.gate;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.StaleEntries;

/**
 * One run's report file, written as the run goes: each check is appended and handed to the
 * operating system when recorded (one write to a file kept open for the run), so a JVM that dies
 * loses none, and each costs the same however many came before. The layout is {@link
 * ReportJson}'s.
 *
 * <pre>{@code
 * ReportFile report = ReportFile.in(Path.of("target/retention"), Instant.now(), null);
 * report.append(check);
 * report.finish(Instant.now(), staleEntries, contextCounts);
 * }</pre>
 *
 * <p>Its name holds the process id, the start time and a random number, so parallel tests and
 * concurrent surefire forks never share a file. No write can fail on the text ({@link
 * org.retention.core.internal.json.JsonWriter} writes any string); a write that fails on the file
 * system (a full disk, a directory that is a file) is cut back off the file, said once on standard
 * error, and the next check is written again. There is no temporary file.
 */
final class ReportFile {
  private final Path file;
  private final String header;
  private boolean created;
  private boolean finished;
  private boolean warned;
  private RandomAccessFile out;

  private ReportFile(Path file, String header) {
    this.file = file;
    this.header = header;
  }

  /**
   * The report file of a run that started at {@code started}, in {@code directory}; created with
   * the first check.
   *
   * @param baseline the baseline applied, as the report names it; null for none
   */
  static ReportFile in(Path directory, Instant started, String baseline) {
    long pid = ProcessHandle.current().pid();
    return new ReportFile(directory.resolve(String.format("retention-report-%d-%d-%04x.json", pid,
        started.toEpochMilli(), ThreadLocalRandom.current().nextInt(0x10000))),
        ReportJson.header(pid, Runtime.version().toString(), started, baseline));
  }

  /** Where the report is. */
  Path file() {
    return file;
  }

  /** Appends a check; after {@link #finish} the report is closed, and nothing is appended. */
  synchronized void append(CheckRecord check) {
    if (!finished) {
      // Only checks are written before the footer: the file holds one when it was created.
      write(ReportJson.checkLine(check, !created));
    }
  }

  /** Closes the report: its end time and what became of the baseline's entries. */
  synchronized void finish(Instant end, StaleEntries stale) {
    finish(end, stale, Optional.empty());
  }

  /**
   * Closes the report: its end time, what became of the baseline's entries, and of the
   * application contexts if any were counted.
   */
  synchronized void finish(Instant end, StaleEntries stale, Optional<ContextCounts> contexts) {
    if (!finished) {
      finished = write(ReportJson.footer(end, stale.entries(), stale.unknownReason(),
          contexts.orElse(null)));
      close();
    }
  }

  /** Writes {@code line}, after the header if the file is new; whether it was written. */
  private boolean write(String line) {
    byte[] bytes = (created ? line : header + line).getBytes(StandardCharsets.UTF_8);
    try {
      RandomAccessFile out = open();
      long before = out.length();
      try {
        out.seek(before);
        out.write(bytes);
      } catch (IOException partly) {
        // A half-written line would make every later one unreadable: cut it back off.
        out.setLength(before);
        throw partly;
      }
      created = true;
      return true;
    } catch (IOException | SecurityException e) {
      close();
      if (!warned) {
        warned = true;
        System.err.println("Retention: could not write the report " + file + ": " + e);
      }
      return false;
    }
  }

  /**
   * The open file, emptied when nothing is written yet. A {@link RandomAccessFile}, not a {@code
   * FileChannel}: a channel closes itself when the writing thread's interrupt flag is set, which
   * a test may leave set, and the check would be lost.
   */
  private RandomAccessFile open() throws IOException {
    if (out == null) {
      Files.createDirectories(file.getParent());
      out = new RandomAccessFile(file.toFile(), "rw");
      if (!created) {
        out.setLength(0);
      }
    }
    return out;
  }

  private void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException alreadyReported) {
        // The write that failed was reported; the next one opens the file again.
      }
      out = null;
    }
  }
}
