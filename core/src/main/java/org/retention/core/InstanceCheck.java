package org.retention.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.internal.count.InstanceCounts;
import org.retention.core.internal.count.LiveInstances;
import org.retention.core.internal.gc.GcUnavailableException;
import org.retention.core.internal.text.VerdictMessages;
import org.retention.core.report.CheckVerdict;

/**
 * Proves that some work leaves no more live (strongly reachable) instances of some classes than
 * there were before it: the check for leaks of objects nobody holds a reference to in the test.
 * Counts come from the VM's live class histogram after a proven whole-heap collection, and
 * include subclasses.
 *
 * <pre>{@code
 * InstanceCheck check = InstanceCheck.countingBefore(List.of(CacheItem.class), settings);
 * registry.render("fragment");
 * registry.clear();
 * CheckResult result = check.noMoreAfter("clear()", 0);
 * if (result.failed()) {
 *   throw new AssertionError(result.failureMessage());
 * }
 * }</pre>
 *
 * <p>Counts are VM-wide: run such checks where no other test creates instances of the same
 * classes at the same time.
 */
public final class InstanceCheck {
  private final List<Class<?>> classes;
  private final CheckSettings settings;
  private final InstanceCounts before;
  private final String beforeFailure;

  private InstanceCheck(List<Class<?>> classes, CheckSettings settings, InstanceCounts before,
      String beforeFailure) {
    this.classes = classes;
    this.settings = settings;
    this.before = before;
    this.beforeFailure = beforeFailure;
  }

  /**
   * Counts the live instances of {@code classes} now, to compare with the count after the work.
   *
   * @param classes classes, interfaces or array classes; not primitive types
   * @throws IllegalArgumentException for a primitive type
   */
  public static InstanceCheck countingBefore(
      List<? extends Class<?>> classes, CheckSettings settings) {
    List<Class<?>> counted = List.copyOf(classes);
    Objects.requireNonNull(settings, "settings");
    try {
      return new InstanceCheck(counted, settings, LiveInstances.count(counted, settings.timeout()),
          null);
    } catch (GcUnavailableException e) {
      return new InstanceCheck(counted, settings, null, e.getMessage());
    }
  }

  /**
   * Why the count before the work could not be taken, worded as a failure; empty when it was
   * taken.
   *
   * @param when the work, as in {@link #noMoreAfter}
   */
  public Optional<String> beforeFailure(String when) {
    return Optional.ofNullable(beforeFailure).map(reason -> notCounted(when, 0, reason));
  }

  /**
   * Counts again and compares: the check passes when no class has more live instances than
   * before plus {@code allowedSurvivors}. Its verdict is {@code released}, {@code retained} (more
   * instances) or {@code inconclusive} (no count could be taken).
   *
   * @param when the work, for the message: {@code "Expecting no more live instances after
   *     <when> than before it"}
   * @param allowedSurvivors how many more instances of each class may stay alive
   */
  public CheckResult noMoreAfter(String when, int allowedSurvivors) {
    if (before == null) {
      return inconclusive(notCounted(when, allowedSurvivors, beforeFailure));
    }
    InstanceCounts after;
    try {
      after = LiveInstances.count(classes, settings.timeout());
    } catch (GcUnavailableException e) {
      return inconclusive(notCounted(when, allowedSurvivors, e.getMessage()));
    }
    List<Class<?>> grown = classes.stream()
        .filter(type -> after.of(type) > before.of(type) + allowedSurvivors)
        .toList();
    if (grown.isEmpty()) {
      return CheckResult.unrecorded(CheckVerdict.RELEASED, "");
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "%s, but %d of %d %s more, counted after full GCs (%s, %,d ms):",
        expecting(when, allowedSurvivors), grown.size(), classes.size(),
        classes.size() == 1 ? "class has" : "classes have",
        after.collector().displayName(), before.elapsed().plus(after.elapsed()).toMillis()));
    for (Class<?> type : grown) {
      text.append(System.lineSeparator()).append("  ").append(type.getName()).append(": ")
          .append(VerdictMessages.number(before.of(type))).append(" before, ")
          .append(VerdictMessages.number(after.of(type))).append(" after");
    }
    return CheckResult.unrecorded(CheckVerdict.RETAINED, text.toString());
  }

  private static CheckResult inconclusive(String message) {
    return CheckResult.unrecorded(CheckVerdict.INCONCLUSIVE, message);
  }

  private static String notCounted(String when, int allowedSurvivors, String reason) {
    return expecting(when, allowedSurvivors) + ", but no count could be taken: " + reason;
  }

  private static String expecting(String when, int allowedSurvivors) {
    return "Expecting no more live instances after " + when + " than before it"
        + (allowedSurvivors == 0 ? "" : " plus " + allowedSurvivors + " allowed survivors");
  }
}
