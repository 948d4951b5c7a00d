package org.retention.assertj;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.RetentionAssertions.assertThatRepeated;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A thread's interrupt flag, left set by the code under test, costs a growth check neither its
 * verdict nor its explanation, and is still set when the check returns.
 */
@Isolated("counts live instances VM-wide")
class RepeatedActionAssert_interrupted_Test {

  @AfterEach
  void clear() {
    Thread.interrupted();
    Subscriptions.SUBSCRIBERS.clear();
  }

  @Test
  void should_pass_a_clean_action_that_leaves_the_flag_set_and_keep_the_flag() {
    // WHEN
    assertThatRepeated(() -> {
      Subscriptions.subscribeForOneRequest();
      Thread.currentThread().interrupt();
    }).doesNotLeak();
    // THEN
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void should_explain_a_leak_with_its_fingerprint_although_the_flag_is_set() {
    // WHEN
    Throwable error = catchThrowable(() -> assertThatRepeated(() -> {
      Subscriptions.subscribeForever();
      Thread.currentThread().interrupt();
    }).doesNotLeak());
    // THEN
    assertThat(error).isInstanceOf(AssertionError.class);
    assertThat(error.getMessage())
        .contains("GC root: static field org.retention.assertj.Subscriptions.SUBSCRIBERS")
        .containsPattern("leak fingerprint: \\p{XDigit}{16}")
        .doesNotContain("ClosedByInterruptException", "no retention path");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
