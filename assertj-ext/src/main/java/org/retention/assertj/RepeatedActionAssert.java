package org.retention.assertj;

import static org.retention.assertj.error.ShouldNotAccumulate.shouldNotAccumulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.retention.core.CheckResult;
import org.retention.core.CheckSettings;
import org.retention.core.explain.HoldsCheckedObjects;
import org.retention.core.growth.HeapGrowthCheck;

/**
 * Assertions on an action repeated many times: {@link #doesNotLeak()} fails when objects pile up,
 * naming their class, how many instances and bytes each repetition adds, the path from a GC root
 * to the place where they pile up, and a leak fingerprint. Start it with {@link
 * RetentionAssertions#assertThatRepeated(ThrowingCallable)}.
 *
 * <pre>{@code
 * // passes: each request's key is dropped when the request ends
 * assertThatRepeated(() -> handler.handle(new Request("alice"))).doesNotLeak();
 *
 * // fails: each call registers one more listener on a static bus
 * assertThatRepeated(() -> bus.register(new AuditListener())).times(60).doesNotLeak();
 * }</pre>
 *
 * <p>See {@link HeapGrowthCheck} for how it measures and what it costs. Settings come from system
 * properties, then {@code junit-platform.properties} ({@code retention.timeout} bounds each
 * collection unless {@link #withTimeout} says otherwise), and the check is recorded in the run's
 * report and judged against its baseline, like every other check.
 */
@HoldsCheckedObjects(alsoFramesOf = "org.assertj.core")
public class RepeatedActionAssert extends AbstractAssert<RepeatedActionAssert, ThrowingCallable> {
  private int repetitions = HeapGrowthCheck.DEFAULT_REPETITIONS;
  private int warmUp = -1;
  private Duration timeout;
  private final List<String> ignored = new ArrayList<>();

  /** Starts an assertion on {@code action}; use {@link RetentionAssertions#assertThatRepeated}. */
  public RepeatedActionAssert(ThrowingCallable action) {
    super(action, RepeatedActionAssert.class);
  }

  /**
   * Repeats the action {@code repetitions} times (default {@value
   * HeapGrowthCheck#DEFAULT_REPETITIONS}): a quarter warm up, the rest form three measurement
   * windows. More repetitions find sparser leaks. Growth that shows in every window is confirmed
   * with further windows, each twice as long, up to {@value
   * HeapGrowthCheck#MAX_CONFIRMING_REPETITIONS} repetitions in all: a bounded cache that fills up
   * meanwhile passes, a leak fails.
   *
   * @throws IllegalArgumentException when too few to warm up and fill three windows of two
   */
  public RepeatedActionAssert times(int repetitions) {
    HeapGrowthCheck.repeating(repetitions);
    this.repetitions = repetitions;
    return myself;
  }

  /** Warms up with {@code warmUp} repetitions instead of a quarter of them. */
  public RepeatedActionAssert warmingUpFor(int warmUp) {
    HeapGrowthCheck.repeating(repetitions).warmingUp(warmUp);
    this.warmUp = warmUp;
    return myself;
  }

  /**
   * Gives each proven full collection at most {@code timeout} (default {@code retention.timeout},
   * else 10 seconds); a VM that cannot collect in time fails the assertion as inconclusive.
   */
  public RepeatedActionAssert withTimeout(Duration timeout) {
    this.timeout = CheckSettings.requireTimeout(timeout);
    return myself;
  }

  /** Never reports growth of these classes, such as a metrics registry known to grow. */
  public RepeatedActionAssert ignoring(Class<?>... classes) {
    for (Class<?> type : classes) {
      ignored.add(type.getName());
    }
    return myself;
  }

  /**
   * Verifies that repeating the action leaves no objects piling up: no class's live count grows in
   * every measurement window, at a place that holds more of them each time.
   *
   * @throws AssertionError when objects accumulate, or when no verdict can be given; what the
   *     action throws is rethrown as is
   */
  public RepeatedActionAssert doesNotLeak() {
    isNotNull();
    HeapGrowthCheck check = HeapGrowthCheck.repeating(repetitions)
        .reportedAs("assertj", info.descriptionText().isEmpty()
            ? RetentionMapAssert.caller() : info.descriptionText())
        .with(CheckSettings.fromSystemProperties())
        .ignoring(ignored);
    check = timeout == null ? check : check.withTimeout(timeout);
    CheckResult result = run(warmUp >= 0 ? check.warmingUp(warmUp) : check);
    if (result.failed()) {
      throwAssertionError(shouldNotAccumulate(result));
    }
    return myself;
  }

  private CheckResult run(HeapGrowthCheck check) {
    try {
      return check.run(actual::call);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable checked) {
      throw new AssertionError("Expecting the repeated action to run, but it threw " + checked,
          checked);
    }
  }
}
