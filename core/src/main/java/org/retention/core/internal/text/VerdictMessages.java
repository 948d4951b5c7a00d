package org.retention.core.internal.text;

import java.util.Locale;
import org.retention.core.probe.RetainedObject;
import org.retention.core.probe.RetentionVerdict;

/**
 * Words a {@link RetentionVerdict} for a failure message, so that every front end says the same
 * thing the same way:
 *
 * <pre>
 * 1 of 1,000 is still reachable after 2 full GCs (G1, 38 ms):
 *   value "session-17" (org.example.Session)
 * </pre>
 */
public final class VerdictMessages {
  /** How many retained objects a message lists before it only counts the rest. */
  public static final int MAX_LISTED = 10;

  private VerdictMessages() {}

  /**
   * The verdict in one clause, for example {@code "1 of 1,000 is still reachable after 2 full GCs
   * (G1, 38 ms)"}.
   */
  public static String summary(RetentionVerdict verdict) {
    return summary(verdict, "reachable");
  }

  /**
   * The verdict in one clause, with what an analysis found out about how the objects are
   * reachable, for example {@code "1 of 1,000 is still strongly reachable after 2 full GCs (G1, 38
   * ms)"}.
   */
  public static String summary(RetentionVerdict verdict, String reachability) {
    return String.format(Locale.ROOT, "%s of %s %s still %s after %s (%s, %,d ms)",
        number(verdict.retainedCount()), number(verdict.checked()),
        verdict.retainedCount() == 1 ? "is" : "are", reachability,
        plural(verdict.fullCollections(), "full GC"),
        verdict.collector(), verdict.elapsed().toMillis());
  }

  /**
   * One indented line per retained object (the first {@link #MAX_LISTED}), then a count of the
   * rest, each line ending with a line separator.
   */
  public static String retainedList(RetentionVerdict verdict) {
    StringBuilder text = new StringBuilder();
    verdict.retained().stream().limit(MAX_LISTED).forEach(object ->
        text.append("  ").append(describe(object)).append(System.lineSeparator()));
    int unlisted = verdict.retainedCount() - Math.min(MAX_LISTED, verdict.retained().size());
    return text.append(andMore(unlisted)).toString();
  }

  /** The line that counts objects a message does not list, or nothing when there are none. */
  public static String andMore(long unlisted) {
    return unlisted > 0 ? "  ... and " + number(unlisted) + " more" + System.lineSeparator() : "";
  }

  /** A retained object as its message line names it: {@code value "a" (java.lang.String)}. */
  public static String describe(RetainedObject object) {
    return object.kind() + " " + object.description() + " (" + object.className() + ")";
  }

  /** Why no verdict could be given, with what was seen before giving up. */
  public static String inconclusive(RetentionVerdict verdict) {
    return String.format(Locale.ROOT,
        "no verdict could be given: %s (%s of %s still uncollected after %s, %,d ms)",
        verdict.inconclusiveReason(), number(verdict.retainedCount()), number(verdict.checked()),
        plural(verdict.fullCollections(), "proven full GC"), verdict.elapsed().toMillis());
  }

  /** {@code 1000} as {@code "1,000"}, the same in every locale. */
  public static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String plural(long count, String noun) {
    return number(count) + " " + noun + (count == 1 ? "" : "s");
  }
}
