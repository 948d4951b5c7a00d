package org.retention.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.HoldsCheckedObjects;
import org.retention.core.internal.check.CheckPipeline;
import org.retention.core.internal.gate.CheckRecords;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.internal.probe.JvmConstants;
import org.retention.core.internal.text.Descriptions;
import org.retention.core.probe.DescribeMode;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.report.CheckKind;

/**
 * The one retention check that every front end runs: watch objects through weak references,
 * perform the removal, make the VM collect until the objects are proven collectable or proven
 * retained, explain a failure with its paths from GC roots, record the check in the run's report
 * and apply the baseline, and word the result. Front ends only translate: they gather the inputs
 * from their own world and turn a {@link CheckResult} into their own failure.
 *
 * <pre>{@code
 * CheckResult result = RetentionCheck.expecting("map values", "clear()")
 *     .reportedAs("assertj", "SessionCacheTest.clear:42")
 *     .releasesAll(visitor -> cache.values().forEach(value -> visitor.accept("value", value)),
 *         container, cache::clear);
 * if (result.failed()) {
 *   throw new AssertionError(result.failureMessage());
 * }
 * }</pre>
 *
 * <p><b>What it refuses.</b> Inputs that could prove nothing fail with a message that names the
 * cause and is never recorded as a verdict: nothing to watch, objects that the JVM itself keeps
 * alive (small boxed integers, enum constants, interned strings), a removal that throws, and a
 * partial removal that took nothing out.
 *
 * <p><b>Hostile user code.</b> Whatever the removal or an object's {@code toString()} throws is
 * contained in the result; describing objects has a time budget and never counts as collection
 * time. The thread's interrupt flag cannot cost the check its verdict or its explanation, and is
 * left as found.
 *
 * <p>Instances are not thread-safe; build one per check. Checks on many threads at once are safe:
 * they share the VM's collections through one coordinator.
 */
@HoldsCheckedObjects
public final class RetentionCheck {
  /** How many JVM constants a refusal lists before it only counts the rest. */
  private static final int MAX_CONSTANTS_LISTED = 5;

  private final String what;
  private final String removal;
  private CheckKind kind = CheckKind.OBJECT;
  private String source = "core";
  private String name = "a retention check";
  private CheckSettings settings;

  private RetentionCheck(String what, String removal) {
    this.what = Objects.requireNonNull(what, "what");
    this.removal = Objects.requireNonNull(removal, "removal");
  }

  /**
   * A check worded {@code "Expecting <what> to be collectable after <removal>, but ..."}, with
   * settings from system properties until {@link #with(CheckSettings)} says otherwise.
   *
   * @param what what is watched, such as {@code "map values"} or {@code "tracked objects"}
   * @param removal what should release it, such as {@code "clear()"} or {@code "the test"}
   */
  public static RetentionCheck expecting(String what, String removal) {
    return new RetentionCheck(what, removal);
  }

  /**
   * How the run's report names this check.
   *
   * @param source the front end, such as {@code "assertj"} or {@code "junit"}
   * @param name the test or assertion, such as {@code "org.example.CacheTest#clear()"}
   */
  public RetentionCheck reportedAs(String source, String name) {
    this.source = Objects.requireNonNull(source, "source");
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Records this check under another kind whose checked things are objects, such as {@link
   * CheckKind#CONTEXT} for closed application contexts (default {@link CheckKind#OBJECT}).
   *
   * @throws IllegalArgumentException for a kind whose checks are not about watched objects
   */
  public RetentionCheck ofKind(CheckKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind != CheckKind.OBJECT && kind != CheckKind.CONTEXT) {
      throw new IllegalArgumentException("a check of watched objects cannot be recorded as "
          + kind.word());
    }
    this.kind = kind;
    return this;
  }

  /** Runs with {@code settings} instead of the system properties' ones. */
  public RetentionCheck with(CheckSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** The settings this check runs with. */
  public CheckSettings settings() {
    if (settings == null) {
      settings = CheckSettings.fromSystemProperties();
    }
    return settings;
  }

  /**
   * Refuses an object that the JVM itself keeps alive (a small boxed integer, an enum constant,
   * an interned string, ...): watching it could prove nothing. The message describes the object
   * as {@code describe} says, so that {@link DescribeMode#CLASS_NAMES} never prints its value.
   *
   * <pre>{@code
   * RetentionCheck.requireCollectable(object, DescribeMode.TO_STRING);
   * probe.watch("object", object, description);
   * }</pre>
   *
   * @throws IllegalArgumentException naming why the JVM keeps {@code object} alive
   */
  public static void requireCollectable(Object object, DescribeMode describe) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(describe, "describe");
    JvmConstants.whyAlwaysReachable(object).ifPresent(reason -> {
      throw new IllegalArgumentException(CheckMessages.cannotTrack(object, reason, describe));
    });
  }

  /**
   * Watches every object of {@code contents}, performs {@code removal}, and proves that every one
   * became collectable: the check of {@code clear()}.
   *
   * @param contents the objects to watch, each with its kind ({@code "key"}, {@code "value"})
   * @param container how messages show the container, asked only when needed and never in
   *     {@link DescribeMode#CLASS_NAMES} mode
   * @param containerClass the container's class, named in messages
   * @param removal what should release the objects
   */
  public CheckResult releasesAll(
      Contents contents, Supplier<String> container, Class<?> containerClass, Runnable removal) {
    return releases(contents, container, containerClass, removal, false);
  }

  /**
   * Watches every object of {@code contents}, performs {@code removal}, and proves that the
   * objects it took out, those no longer in {@code contents} afterwards (compared by identity),
   * became collectable. Objects still in the container are not watched. A removal that took
   * nothing out is a failure: nothing was proven.
   *
   * @param contents the objects to watch, each with its kind, read before and after the removal
   * @param container how messages show the container, asked only when needed
   * @param containerClass the container's class, named in messages
   * @param removal what should release some of the objects
   */
  public CheckResult releasesRemoved(
      Contents contents, Supplier<String> container, Class<?> containerClass, Runnable removal) {
    return releases(contents, container, containerClass, removal, true);
  }

  /**
   * Proves that the objects {@code probe} watches became collectable: the check of objects
   * tracked during a test, whose removal has already happened.
   */
  public CheckResult releases(RetentionProbe probe) {
    Objects.requireNonNull(probe, "probe");
    return await(probe);
  }

  private CheckResult releases(Contents contents, Supplier<String> container,
      Class<?> containerClass, Runnable removal, boolean onlyRemoved) {
    Objects.requireNonNull(contents, "contents");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(containerClass, "containerClass");
    Objects.requireNonNull(removal, "removal");
    DescribeMode describe = settings().explain().describe();
    Optional<String> refused = screen(contents, container, containerClass, describe);
    if (refused.isPresent()) {
      return CheckResult.refused(refused.get());
    }
    RetentionProbe probe = probe(contents, describe);
    try {
      removal.run();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable thrown) { // user code: contain whatever it throws
      return CheckResult.refused(CheckMessages.removalFailed(
          what, this.removal, containerClass, thrown, describe));
    }
    if (onlyRemoved) {
      probe = probe.excluding(contentsAsList(contents));
      if (probe.size() == 0) {
        return CheckResult.refused(CheckMessages.nothingRemoved(
            what, this.removal, containerText(container, containerClass, describe)));
      }
    }
    return releases(probe);
  }

  private CheckResult await(RetentionProbe probe) {
    RetentionVerdict verdict = probe.awaitRelease(settings().timeout());
    // A pass must not load the analysis: only a failure is explained.
    Explanation explanation = verdict.released()
        ? Explanation.none(verdict) : RetentionExplainer.explain(probe, verdict, settings().explain());
    return CheckResult.of(CheckPipeline.conclude(
        CheckRecords.unjudged(kind, source, name, explanation), settings().parameters(),
        judged -> CheckMessages.notCollectable(what, removal, explanation)),
        Optional.of(explanation));
  }

  /** Refuses a container with nothing to watch, or with objects the JVM keeps alive itself. */
  private Optional<String> screen(Contents contents, Supplier<String> container,
      Class<?> containerClass, DescribeMode describe) {
    List<String> constants = new ArrayList<>();
    int[] counts = new int[2]; // watched objects, constants among them
    Descriptions.Budget budget = Descriptions.budget();
    contents.forEach((kind, object) -> {
      if (object == null) {
        return;
      }
      counts[0]++;
      JvmConstants.whyAlwaysReachable(object).ifPresent(reason -> {
        counts[1]++;
        if (constants.size() < MAX_CONSTANTS_LISTED) {
          constants.add(CheckMessages.jvmConstant(
              kind, budget.describe(object, counts[0] - 1, describe), object, reason));
        }
      });
    });
    if (counts[0] == 0) {
      return Optional.of(CheckMessages.nothingToProve(
          what, removal, containerText(container, containerClass, describe)));
    }
    return counts[1] == 0 ? Optional.empty()
        : Optional.of(CheckMessages.jvmConstants(what, removal, constants, counts[1]));
  }

  /**
   * A probe of the contents. Kept in its own method so that no frame outlives the iteration with
   * a watched object in a local variable.
   */
  private static RetentionProbe probe(Contents contents, DescribeMode describe) {
    RetentionProbe.Builder builder = RetentionProbe.builder().describedAs(describe);
    contents.forEach((kind, object) -> {
      if (object != null) {
        builder.watch(kind, object, null);
      }
    });
    return builder.build();
  }

  /** What the container still holds; the list is dropped as soon as the probe is narrowed. */
  private static List<Object> contentsAsList(Contents contents) {
    List<Object> held = new ArrayList<>();
    contents.forEach((kind, object) -> held.add(object));
    return held;
  }

  private static String containerText(
      Supplier<String> container, Class<?> containerClass, DescribeMode describe) {
    return describe == DescribeMode.CLASS_NAMES
        ? containerClass.getName() : Descriptions.safely(container, containerClass);
  }

  /**
   * The objects a check watches in a container, each with its kind, such as {@code "key"} or
   * {@code "value"}; nulls are skipped.
   *
   * <pre>{@code
   * Contents values = visitor -> map.values().forEach(value -> visitor.accept("value", value));
   * }</pre>
   */
  @FunctionalInterface
  public interface Contents {
    /** Passes each object, with its kind, to {@code visitor}. */
    void forEach(BiConsumer<String, Object> visitor);
  }
}
