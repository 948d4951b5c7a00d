package org.retention.assertj;

import static org.retention.assertj.error.ShouldNotAccumulate.shouldNotAccumulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.growth.HeapGrowthCheck;
import org.retention.core.CheckSettings;
import org.retention.core.report.CheckRecord;
import org.retention.core.internal.check.Timeouts;
import org.retention.core.internal.growth.GrowthRecords;

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
 * <p>See {@link HeapGrowthCheck} for how it measures and what it costs.
 */
public class RepeatedActionAssert extends AbstractAssert<RepeatedActionAssert, ThrowingCallable> {
  private int repetitions = HeapGrowthCheck.DEFAULT_REPETITIONS;
  private int warmUp = -1;
  private Duration timeout = HeapGrowthCheck.DEFAULT_TIMEOUT;
  private final List<String> ignored = new ArrayList<>();

  /** Starts an assertion on {@code action}; use {@link RetentionAssertions#assertThatRepeated}. */
  public RepeatedActionAssert(ThrowingCallable action) {
    super(action, RepeatedActionAssert.class);
  }

  /**
   * Repeats the action {@code repetitions} times (default {@value
   * HeapGrowthCheck#DEFAULT_REPETITIONS}): a quarter warm up, the rest form three measurement
   * windows. More repetitions find sparser leaks.
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
   * Gives each proven full collection at most {@code timeout} (default 10 seconds); a VM that
   * cannot collect in time fails the assertion as inconclusive.
   */
  public RepeatedActionAssert withTimeout(Duration timeout) {
    this.timeout = Timeouts.requirePositive(timeout);
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
    HeapGrowthCheck check = HeapGrowthCheck.repeating(repetitions).withTimeout(timeout)
        .ignoring(ignored);
    GrowthVerdict verdict = run(warmUp >= 0 ? check.warmingUp(warmUp) : check);
    String name = info.descriptionText().isEmpty()
        ? RetentionMapAssert.caller() : info.descriptionText();
    CheckRecord recorded = GrowthRecords.record("assertj", name, verdict,
        CheckSettings.fromSystemProperties().parameters());
    if (recorded.verdict().failing()) {
      throwAssertionError(shouldNotAccumulate(verdict));
    }
    return myself;
  }

  private GrowthVerdict run(HeapGrowthCheck check) {
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
