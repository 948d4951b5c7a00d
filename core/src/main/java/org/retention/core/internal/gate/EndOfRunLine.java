package org.retention.core.internal.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.StaleEntries;

/**
 * Words what one JVM's checks came to, on one line, for a test framework to print when its run
 * ends: the checks by verdict, the baseline entries no check of this JVM matched, the application
 * contexts, and the report. Staleness is said per JVM ("not matched in this JVM"): with several
 * test JVMs an entry is stale only if no JVM matched it, which the build's gate judges.
 *
 * <pre>{@code
 * String line = EndOfRunLine.of(counts, stale, contexts, report);
 * // Retention: 3 checks in this JVM: 2 released, 1 new leak; 1 baseline entry not matched in
 * //   this JVM: 0123456789abcdef (fixed in 2.1), retention:check judges it across all test JVMs;
 * //   report: target/retention/retention-report-4711-….json
 * }</pre>
 *
 * <p>The only texts it takes from a user, baseline reasons and the report's path, have their
 * control and formatting characters shown as {@code \\uXXXX} and are cut short: they can neither
 * steer a terminal nor break the line.
 */
final class EndOfRunLine {
  /** How many stale entries the line names; the others are counted. */
  private static final int NAMED_ENTRIES = 3;
  /** How much of a baseline reason the line shows. */
  private static final int TEXT_LIMIT = 80;

  private EndOfRunLine() {}

  /**
   * The line.
   *
   * @param verdicts how many checks had each verdict
   * @param stale the baseline entries no check matched; {@link StaleEntries#NONE} without a
   *     baseline
   * @param contexts the application contexts counted, if any
   * @param report the report file, if there is one
   */
  static String of(Map<CheckVerdict, Integer> verdicts, StaleEntries stale,
      Optional<ContextCounts> contexts, Optional<Path> report) {
    int checks = verdicts.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder line = new StringBuilder("Retention: ");
    if (checks == 0) {
      line.append("no check in this JVM");
    } else {
      line.append(count(checks, "check", "checks")).append(" in this JVM: ")
          .append(count(verdicts.getOrDefault(CheckVerdict.RELEASED, 0), "released", "released"));
      appendUnlessZero(line, verdicts.get(CheckVerdict.RETAINED), "new leak", "new leaks");
      appendUnlessZero(line, verdicts.get(CheckVerdict.ACCEPTED), "accepted", "accepted");
      appendUnlessZero(line, verdicts.get(CheckVerdict.INCONCLUSIVE), "inconclusive",
          "inconclusive");
    }
    if (stale.entries() == null) {
      line.append("; stale baseline entries not judged: a failed check has retained objects"
          + " without a retention path");
    } else if (!stale.entries().isEmpty()) {
      appendStale(line, stale.entries());
    }
    contexts.ifPresent(counts -> line.append("; Spring contexts: ")
        .append(counts.created()).append(" created, ")
        .append(counts.closed()).append(" closed, ")
        .append(counts.released()).append(" released, ")
        .append(counts.stillCached()).append(" still cached at the end"));
    report.ifPresent(file -> line.append("; report: ").append(visible(file.toString())));
    return line.toString();
  }

  private static void appendStale(StringBuilder line, List<BaselineEntry> entries) {
    line.append("; ").append(count(entries.size(), "baseline entry", "baseline entries"))
        .append(" not matched in this JVM: ");
    for (int i = 0; i < Math.min(NAMED_ENTRIES, entries.size()); i++) {
      BaselineEntry entry = entries.get(i);
      line.append(i == 0 ? "" : ", ").append(entry.fingerprint()).append(" (")
          .append(visible(shortened(entry.reason()))).append(')');
    }
    if (entries.size() > NAMED_ENTRIES) {
      line.append(" and ").append(entries.size() - NAMED_ENTRIES).append(" more");
    }
    line.append(", retention:check judges ").append(entries.size() == 1 ? "it" : "them")
        .append(" across all test JVMs");
  }

  private static void appendUnlessZero(StringBuilder line, Integer count, String one,
      String many) {
    if (count != null && count > 0) {
      line.append(", ").append(count(count, one, many));
    }
  }

  private static String count(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  private static String shortened(String text) {
    return text.codePointCount(0, text.length()) <= TEXT_LIMIT ? text
        : text.substring(0, text.offsetByCodePoints(0, TEXT_LIMIT)) + "...";
  }

  /** {@code text} on one line, every control or formatting character shown. */
  private static String visible(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        safe.append(String.format("\\u%04x", c));
      } else {
        safe.appendCodePoint(c);
      }
    });
    return safe.toString();
  }
}
