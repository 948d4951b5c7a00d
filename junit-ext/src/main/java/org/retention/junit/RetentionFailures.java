package org.retention.junit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retention.core.internal.count.InstanceCounts;
import org.retention.core.internal.text.Descriptions;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.text.VerdictMessages;

/** The words of the extension's failures, built from core's {@link VerdictMessages}. */
final class RetentionFailures {
  private static final String TRACKED = "Expecting tracked objects to be collectable after the test";
  private static final String INSTANCES =
      "Expecting no more live instances after the test than before it";

  private RetentionFailures() {}

  /**
   * The failure for tracked objects that were not proven collectable, for example:
   *
   * <pre>
   * Expecting tracked objects to be collectable after the test, but 1 of 2 is still reachable
   * after 2 full GCs (G1, 12 ms):
   *   object alice's session (org.example.Session)
   * </pre>
   *
   * @param explanation a {@code RETAINED} or {@code INCONCLUSIVE} verdict with its retention
   *     paths, or alone when not explained
   */
  static String trackedObjects(Explanation explanation) {
    if (explanation.verdict().released()) {
      throw new IllegalArgumentException("a released verdict is no failure");
    }
    return (TRACKED + ", but " + explanation.message()).stripTrailing();
  }

  /**
   * The failure for classes with more live instances after the test than before it; {@code grown}
   * lists those classes.
   */
  static String moreInstances(
      InstanceCounts before, InstanceCounts after, List<Class<?>> grown, int allowedSurvivors) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "%s%s, but %d of %d %s more, counted after full GCs (%s, %,d ms):",
        INSTANCES, allowedSurvivors == 0 ? "" : " plus " + allowedSurvivors + " allowed survivors",
        grown.size(), before.instances().size(),
        before.instances().size() == 1 ? "class has" : "classes have",
        after.collector().displayName(), before.elapsed().plus(after.elapsed()).toMillis()));
    for (Class<?> type : grown) {
      text.append(System.lineSeparator()).append("  ").append(type.getName()).append(": ")
          .append(VerdictMessages.number(before.of(type))).append(" before, ")
          .append(VerdictMessages.number(after.of(type))).append(" after");
    }
    return text.toString();
  }

  /** The failure when live instances could not be counted. */
  static String instancesNotCounted(String reason) {
    return INSTANCES + ", but no count could be taken: " + reason;
  }

  /** Why {@code object}, a JVM constant, cannot be tracked. */
  static String jvmConstant(Object object, String reason) {
    return "Cannot track " + Descriptions.describe(object) + " (" + object.getClass().getName()
        + "): the JVM itself keeps it alive (" + reason + "), so it could never be collected"
        + " and the check could prove nothing. Track objects that the test creates, such as"
        + " new String(\"...\"), new Object() or integers outside -128..127.";
  }

  /** The classes whose count grew by more than the allowed survivors, in the order listed. */
  static List<Class<?>> grown(InstanceCounts before, InstanceCounts after, int allowedSurvivors) {
    return before.instances().entrySet().stream()
        .filter(entry -> after.of(entry.getKey()) > entry.getValue() + allowedSurvivors)
        .map(Map.Entry::getKey)
        .toList();
  }
}
