package org.retention.gate.internal;

import java.util.Locale;
import org.retention.core.report.ContextCounts;

/**
 * Counted nouns for the log, the summary and the page.
 *
 * <pre>{@code
 * Words.count(2, "report", "reports");   // "2 reports"
 * Words.contexts(counts);   // "Spring contexts: 14 created, 9 closed, 9 released, …"
 * }</pre>
 */
public final class Words {
  private Words() {}

  /** {@code count} with the singular or plural noun: {@code 1 report}, {@code 1,024 reports}. */
  public static String count(int count, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
  }

  /** What became of the build's Spring application contexts, in one sentence. */
  public static String contexts(ContextCounts counts) {
    return String.format(Locale.ROOT, "Spring contexts: %,d created, %,d closed, %,d released,"
        + " %,d still cached at the end", counts.created(), counts.closed(), counts.released(),
        counts.stillCached());
  }

  /** A rate per repetition as messages print it: {@code 1}, {@code 0.25}. */
  public static String rate(double perRepetition) {
    return perRepetition == Math.rint(perRepetition)
        ? String.format(Locale.ROOT, "%,d", (long) perRepetition)
        : String.format(Locale.ROOT, "%.2f", perRepetition);
  }
}
