package org.retention.core.internal.gate;

import org.retention.core.report.LeakBaseline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.RetentionPath;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.internal.text.VerdictMessages;

/**
 * Records every retention check of this JVM run in a JSON report, and lets a baseline of known
 * leaks pass while any new leak still fails.
 *
 * <pre>{@code
 * LeakGate gate = LeakGate.shared(key -> Optional.ofNullable(System.getProperty(key)));
 * if (!verdict.released() && !gate.record("assertj", "CacheTest.clear", explanation)) {
 *   throw new AssertionError(...);   // a new leak
 * }
 * }</pre>
 *
 * <p><b>Accepted leaks.</b> A failure is accepted only when it was explained, every retained
 * object got a retention path, and every path's fingerprint is in the {@link LeakBaseline}: with
 * explanations off, or with more retained objects than are explained, nothing can be matched and
 * the failure stands. Inconclusive verdicts are never accepted.
 *
 * <p><b>The report</b> ({@value #REPORT_DIR}, default {@value #DEFAULT_REPORT_DIR} under the
 * working directory, {@code none} for no report) is one file per JVM run, named by process id,
 * start time and a random number, so parallel tests and concurrent surefire forks never share
 * one. It is rewritten through a temporary file and an atomic move after every check, so a run
 * that crashes keeps every check recorded before the crash. At JVM exit it gets its end time and
 * the baseline entries that no check of this run matched ("stale": remove them, so the baseline
 * only shrinks); those are also printed to standard error. Staleness is per JVM: a fingerprint
 * matched in another surefire fork is stale in this one's report.
 *
 * <p>One gate serves the whole JVM, configured by the first caller's parameters: GC, the report
 * file and the baseline are all VM-wide.
 */
public final class LeakGate {
  /** Configuration parameter: the report's directory, or {@code none}. */
  public static final String REPORT_DIR = "retention.report.dir";

  /** The report directory when {@value #REPORT_DIR} is not set: Maven's build directory. */
  public static final String DEFAULT_REPORT_DIR = "target/retention";

  /** Configuration parameter: the baseline file of accepted leaks. */
  public static final String BASELINE = "retention.baseline";

  /**
   * Configuration parameter: a file to write, at JVM exit, with every leak fingerprint seen in
   * this run: a new baseline, each entry's reason to fill in.
   */
  public static final String BASELINE_WRITE = "retention.baseline.write";

  private static final String SCHEMA = "retention-report/1";
  private static volatile LeakGate shared;

  private final Optional<LeakBaseline> baseline;
  private final Optional<Path> reportFile;
  private final Optional<Path> baselineToWrite;
  private final Instant started = Instant.now();
  private final List<Map<String, Object>> checks = new ArrayList<>();
  private final Set<String> seenFingerprints = new LinkedHashSet<>();
  private Instant finished;
  private boolean reportWarned;

  LeakGate(Optional<LeakBaseline> baseline, Optional<Path> reportDirectory,
      Optional<Path> baselineToWrite) {
    this.baseline = baseline;
    this.reportFile = reportDirectory.map(directory -> directory.resolve(String.format(
        "retention-report-%d-%d-%04x.json", ProcessHandle.current().pid(),
        started.toEpochMilli(), ThreadLocalRandom.current().nextInt(0x10000))));
    this.baselineToWrite = baselineToWrite;
  }

  /**
   * The gate of this JVM, created on first use from {@code parameters} (which answer a key with
   * its value, if set), and finished at JVM exit.
   *
   * @throws IllegalArgumentException naming the key when the baseline cannot be read or is
   *     malformed
   */
  public static LeakGate shared(Function<String, Optional<String>> parameters) {
    LeakGate gate = shared;
    if (gate == null) {
      synchronized (LeakGate.class) {
        gate = shared;
        if (gate == null) {
          gate = fromParameters(parameters);
          LeakGate finishing = gate;
          Runtime.getRuntime().addShutdownHook(
              new Thread(finishing::finish, "retention-report-finisher"));
          shared = gate;
        }
      }
    }
    return gate;
  }

  static LeakGate fromParameters(Function<String, Optional<String>> parameters) {
    Optional<LeakBaseline> baseline = parameters.apply(BASELINE).map(String::strip)
        .filter(value -> !value.isEmpty()).map(file -> {
          try {
            return LeakBaseline.read(Path.of(file));
          } catch (IOException e) {
            throw new IllegalArgumentException(
                BASELINE + "='" + file + "': the baseline cannot be read: " + e, e);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BASELINE + "='" + file + "': " + e.getMessage(), e);
          }
        });
    String directory = parameters.apply(REPORT_DIR).map(String::strip).orElse(DEFAULT_REPORT_DIR);
    return new LeakGate(baseline,
        directory.isEmpty() || directory.equals("none") ? Optional.empty()
            : Optional.of(Path.of(directory)),
        parameters.apply(BASELINE_WRITE).map(String::strip).filter(value -> !value.isEmpty())
            .map(Path::of));
  }

  /**
   * Records one check and says whether its failure is an accepted, baselined leak.
   *
   * @param source what checked: {@code "assertj"} or {@code "junit"}
   * @param name which test or assertion, for example {@code "org.example.CacheTest#clear()"}
   * @param explanation the verdict, explained when it failed
   * @return true only for a {@code RETAINED} verdict whose every retained object has a path whose
   *     fingerprint the baseline accepts
   */
  public synchronized boolean record(String source, String name, Explanation explanation) {
    RetentionVerdict verdict = explanation.verdict();
    List<RetentionPath> paths = explanation.paths();
    paths.forEach(path -> seenFingerprints.add(path.fingerprint()));
    boolean accepted = verdict.outcome() == Outcome.RETAINED
        && paths.size() == verdict.retainedCount()
        && baseline.isPresent()
        && paths.stream().allMatch(path -> baseline.get().accepts(path.fingerprint()));
    Map<String, Object> check = new LinkedHashMap<>();
    check.put("source", source);
    check.put("name", name);
    check.put("verdict", accepted ? "accepted" : verdict.outcome().name().toLowerCase(Locale.ROOT));
    check.put("checked", verdict.checked());
    check.put("retained", verdict.retainedCount());
    check.put("fullCollections", verdict.fullCollections());
    check.put("collector", verdict.collector());
    check.put("timeMillis", verdict.elapsed().plus(explanation.dumpTime())
        .plus(explanation.analysisTime()).toMillis());
    if (verdict.outcome() == Outcome.INCONCLUSIVE) {
      check.put("inconclusiveReason", verdict.inconclusiveReason());
    }
    if (verdict.outcome() == Outcome.RETAINED) {
      check.put("leaks", paths.stream().map(this::leak).toList());
    }
    checks.add(check);
    writeReport();
    return accepted;
  }

  /** The report file of this run, when there is one. */
  public Optional<Path> reportFile() {
    return reportFile;
  }

  /** The accepted reason of an explained failure, for the message of an accepted leak. */
  public Optional<String> acceptedReason(Explanation explanation) {
    return baseline.flatMap(accepted -> explanation.paths().stream()
        .map(path -> accepted.reasons().get(path.fingerprint()))
        .filter(reason -> reason != null)
        .findFirst());
  }

  private Map<String, Object> leak(RetentionPath path) {
    Map<String, Object> leak = new LinkedHashMap<>();
    leak.put("fingerprint", path.fingerprint());
    leak.put("object", VerdictMessages.describe(path.object()));
    leak.put("reachability", path.reachability().name().toLowerCase(Locale.ROOT));
    leak.put("rootKind", path.root().kind().name());
    leak.put("root", path.root().description());
    leak.put("path", path.steps().stream().map(step -> step.text()).toList());
    leak.put("retainedBytes", path.retainedBytes());
    leak.put("baselineReason",
        baseline.map(accepted -> accepted.reasons().get(path.fingerprint())).orElse(null));
    return leak;
  }

  /** The baseline entries no check of this run matched. */
  synchronized List<Map<String, Object>> staleEntries() {
    List<Map<String, Object>> stale = new ArrayList<>();
    baseline.ifPresent(accepted -> accepted.reasons().forEach((fingerprint, reason) -> {
      if (!seenFingerprints.contains(fingerprint)) {
        stale.add(entry(fingerprint, reason));
      }
    }));
    return stale;
  }

  private static Map<String, Object> entry(String fingerprint, String reason) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("fingerprint", fingerprint);
    entry.put("reason", reason);
    return entry;
  }

  /** Ends the run: the report gets its end time and stale entries; a new baseline is written. */
  synchronized void finish() {
    finished = Instant.now();
    writeReport();
    List<Map<String, Object>> stale = staleEntries();
    if (!stale.isEmpty()) {
      StringBuilder text = new StringBuilder(String.format(
          "Retention: %d baseline entr%s of %s no longer occurred in this run; remove %s:%n",
          stale.size(), stale.size() == 1 ? "y" : "ies", baseline.get().file(),
          stale.size() == 1 ? "it" : "them"));
      stale.forEach(entry -> text.append("  ").append(entry.get("fingerprint")).append("  ")
          .append(entry.get("reason")).append(System.lineSeparator()));
      System.err.print(text);
    }
    baselineToWrite.ifPresent(file -> {
      try {
        LeakBaseline.write(file, seenFingerprints, existingReasons(file));
        System.err.printf("Retention: wrote %d leak fingerprint(s) to the baseline %s%n",
            seenFingerprints.size(), file);
      } catch (IOException e) {
        System.err.println("Retention: could not write the baseline " + file + ": " + e);
      }
    });
  }

  /** The reasons of a baseline being rewritten, so that writing it again keeps them. */
  private static Map<String, String> existingReasons(Path file) {
    try {
      return Files.exists(file) ? LeakBaseline.read(file).reasons() : Map.of();
    } catch (IOException | IllegalArgumentException unreadable) {
      return Map.of();
    }
  }

  private void writeReport() {
    reportFile.ifPresent(file -> {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("schema", SCHEMA);
      report.put("pid", ProcessHandle.current().pid());
      report.put("java", Runtime.version().toString());
      report.put("started", started.toString());
      report.put("finished", finished == null ? null : finished.toString());
      report.put("baseline", baseline.map(accepted -> accepted.file().toString()).orElse(null));
      report.put("checks", checks);
      report.put("staleBaselineEntries", finished == null ? null : staleEntries());
      try {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".retention-report-", ".tmp");
        Files.writeString(temporary, Json.write(report), StandardCharsets.UTF_8);
        move(temporary, file);
      } catch (IOException e) {
        // A report that cannot be written must not turn a verdict into an error: say it once.
        if (!reportWarned) {
          reportWarned = true;
          System.err.println("Retention: could not write the report " + file + ": " + e);
        }
      }
    });
  }

  private static void move(Path temporary, Path file) throws IOException {
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
