package org.retention.core;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.explain.HoldsCheckedObjects;
import org.retention.core.explain.Reachability;
import org.retention.core.internal.check.CheckPipeline;
import org.retention.core.internal.count.InstanceCounts;
import org.retention.core.internal.count.LiveInstances;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.internal.gc.GcUnavailableException;
import org.retention.core.internal.heap.InstancePlaces;
import org.retention.core.internal.text.InstanceMessages;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.InstanceCount;
import org.retention.core.report.InstanceDetails;
import org.retention.core.report.LeakRecord;

/**
 * Proves that some work leaves no more live (strongly reachable) instances of some classes than
 * there were before it: the check for leaks of objects nobody holds a reference to in the test.
 * Counts come from the VM's live class histogram after a proven whole-heap collection, and
 * include subclasses. A failure is explained like every other check's: the extra instances are
 * grouped by the places that hold them, each with its path from a GC root and a leak fingerprint,
 * and the check is recorded in the run's report, where a baseline can accept it.
 *
 * <pre>{@code
 * InstanceCheck check = InstanceCheck.countingBefore(List.of(CacheItem.class), settings)
 *     .reportedAs("junit", "org.example.RegistryTest#clear()");
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
@HoldsCheckedObjects
public final class InstanceCheck {
  /** How many places a failure shows for each class that grew. */
  private static final int PLACES_PER_CLASS = 3;

  private final List<Class<?>> classes;
  private final InstanceCounts before;
  private final String beforeFailure;
  private final long start = System.nanoTime();
  private CheckSettings settings;
  private String source = "core";
  private String name = "an instance check";

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
   * @param settings how long the counts may take to prove, and how a failure is explained
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

  /** Counts now, with settings from system properties until {@link #with} says otherwise. */
  public static InstanceCheck countingBefore(List<? extends Class<?>> classes) {
    return countingBefore(classes, CheckSettings.fromSystemProperties());
  }

  /**
   * How the run's report names this check.
   *
   * @param source the front end, such as {@code "junit"}
   * @param name the test, such as {@code "org.example.RegistryTest#clear()"}
   */
  public InstanceCheck reportedAs(String source, String name) {
    this.source = Objects.requireNonNull(source, "source");
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /** Counts after the work, explains and records with {@code settings}. */
  public InstanceCheck with(CheckSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /**
   * Why the count before the work could not be taken, worded as a failure; empty when it was
   * taken.
   *
   * @param when the work, as in {@link #noMoreAfter}
   */
  public Optional<String> beforeFailure(String when) {
    return Optional.ofNullable(beforeFailure)
        .map(reason -> InstanceMessages.notCounted(when, 0, reason));
  }

  /**
   * Counts again and compares: the check passes when no class has more live instances than
   * before plus {@code allowedSurvivors}. Its verdict is {@code released}, {@code retained} (more
   * instances, or {@code accepted} when the baseline accepts every place that holds them) or
   * {@code inconclusive} (no count could be taken).
   *
   * @param when the work, for the message: {@code "Expecting no more live instances after
   *     <when> than before it"}
   * @param allowedSurvivors how many more instances of each class may stay alive
   */
  public CheckResult noMoreAfter(String when, int allowedSurvivors) {
    if (before == null) {
      return inconclusive(when, allowedSurvivors, beforeFailure);
    }
    InstanceCounts after;
    try {
      after = LiveInstances.count(classes, settings.timeout());
    } catch (GcUnavailableException e) {
      return inconclusive(when, allowedSurvivors, e.getMessage());
    }
    List<InstanceCount> counts = classes.stream().map(type -> new InstanceCount(type.getName(),
        before.of(type), after.of(type), allowedSurvivors)).toList();
    Map<String, Long> extra = new LinkedHashMap<>();
    counts.stream().filter(InstanceCount::grew).forEach(count ->
        extra.put(count.className(), count.after() - count.before() - count.allowance()));
    if (extra.isEmpty()) {
      return conclude(CheckVerdict.RELEASED, counts, List.of(), Optional.empty(),
          Optional.empty(), judged -> "");
    }
    List<InstancePlaces.Place> places = List.of();
    Optional<String> unexplained = Optional.empty();
    if (!settings.explain().explain()) {
      unexplained = Optional.of("explanations are off");
    } else {
      try {
        places = InstancePlaces.holding(extra, PLACES_PER_CLASS);
        if (places.isEmpty()) {
          unexplained = Optional.of("no place holds the extra instances together");
        }
      } catch (IOException | RuntimeException | OutOfMemoryError e) {
        unexplained = Optional.of("the heap could not be dumped or analysed: " + e);
      }
    }
    List<InstancePlaces.Place> shown = places;
    // As for watched objects, a message says nothing of paths when explanations are off.
    Optional<String> reason = settings.explain().explain() ? unexplained : Optional.empty();
    String collector = after.collector().displayName();
    long millis = before.elapsed().plus(after.elapsed()).toMillis();
    return conclude(CheckVerdict.RETAINED, counts, places.stream().map(InstanceCheck::leak)
        .toList(), unexplained, Optional.empty(), judged -> InstanceMessages.grew(when,
            allowedSurvivors, counts, shown, reason, collector, millis));
  }

  private CheckResult inconclusive(String when, int allowedSurvivors, String reason) {
    return conclude(CheckVerdict.INCONCLUSIVE, List.of(), List.of(), Optional.empty(),
        Optional.of(reason), judged -> InstanceMessages.notCounted(when, allowedSurvivors, reason));
  }

  private CheckResult conclude(CheckVerdict verdict, List<InstanceCount> counts,
      List<LeakRecord> leaks, Optional<String> unexplained, Optional<String> inconclusive,
      java.util.function.Function<CheckRecord, String> wording) {
    CheckRecord unjudged = new CheckRecord(CheckKind.INSTANCES, source, name, verdict,
        GcCoordinator.shared().collector().displayName(),
        (System.nanoTime() - start) / 1_000_000, inconclusive, unexplained, leaks,
        new InstanceDetails(counts));
    return CheckResult.of(CheckPipeline.conclude(unjudged, settings.parameters(), wording),
        Optional.empty());
  }

  private static LeakRecord leak(InstancePlaces.Place place) {
    return new LeakRecord(place.fingerprint(), place.instances() + " instances of "
        + place.className(), Reachability.STRONG, place.root().kind(),
        place.root().description(), place.steps().stream().map(step -> step.text()).toList(),
        0, Optional.empty());
  }
}
