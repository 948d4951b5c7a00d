package org.retention.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.retention.core.CheckResult;

/**
 * A repeated action left objects behind that piled up, or no verdict could be given:
 *
 * <pre>
 * Expecting the repeated action not to leak, but objects of 1 class piled up in 1 place, growing
 * in every one of 3 measurement windows (40 repetitions, 10 to warm up; G1, 812 ms):
 *   org.example.Listener: 1 instance and 24 bytes retained per repetition
 *   GC root: static field org.example.EventBus.LISTENERS
 *     CopyOnWriteArrayList.array
 *     Object[][31]    &lt;- piles up here: java.lang.Object[] holds 40 of them
 *     -&gt; org.example.Listener
 *   leak fingerprint: 1d2e3f4a5b6c7d8e
 * </pre>
 */
public class ShouldNotAccumulate extends BasicErrorMessageFactory {

  /**
   * The message for a growth check that failed: objects accumulated, or no verdict could be
   * given.
   *
   * @param result a check whose {@link CheckResult#failed()} is true
   * @throws IllegalArgumentException for a check that did not fail
   */
  public static ErrorMessageFactory shouldNotAccumulate(CheckResult result) {
    if (!result.failed()) {
      throw new IllegalArgumentException("a check that did not fail is no failure");
    }
    return new ShouldNotAccumulate(result.failureMessage());
  }

  private ShouldNotAccumulate(String failureMessage) {
    super("%n%s", unquotedString(failureMessage));
  }
}
