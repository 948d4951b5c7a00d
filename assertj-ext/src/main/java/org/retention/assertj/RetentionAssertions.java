package org.retention.assertj;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The entry point: every AssertJ assertion, plus Retention's map assertions, behind one static
 * import.
 *
 * <pre>{@code
 * import static org.retention.assertj.RetentionAssertions.assertThat;
 *
 * assertThat(cache.asMap()).releasesValuesAfterClear();     // Retention
 * assertThat(cache.size()).isZero();                        // plain AssertJ, same import
 * }</pre>
 */
public class RetentionAssertions extends Assertions {
  /** For subclasses that add entry points of their own. */
  protected RetentionAssertions() {}

  /**
   * Starts an assertion on a map: every AssertJ map assertion, plus {@link
   * RetentionMapAssert#releasesValuesAfterClear()} and its siblings.
   */
  public static <K, V> RetentionMapAssert<K, V> assertThat(Map<K, V> actual) {
    return new RetentionMapAssert<>(actual);
  }

  /**
   * Starts an assertion on an action to repeat: {@link RepeatedActionAssert#doesNotLeak()} fails
   * when objects pile up across repetitions.
   *
   * <pre>{@code
   * assertThatRepeated(() -> handler.handle(new Request("alice"))).doesNotLeak();
   * }</pre>
   */
  public static RepeatedActionAssert assertThatRepeated(ThrowingCallable action) {
    return new RepeatedActionAssert(action);
  }
}
