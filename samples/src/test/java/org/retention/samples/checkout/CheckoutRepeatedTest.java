package org.retention.samples.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Isolated;
import org.retention.junit.NoHeapGrowth;

/** The same regression check as a {@code @RepeatedTest}: the fixed handler passes every one. */
@Isolated("counts live instances VM-wide")
class CheckoutRepeatedTest {
  private final CheckoutHandler handler = new FixedCheckoutHandler();

  @RepeatedTest(40)
  @NoHeapGrowth
  void checks_out_without_leaving_listeners_behind(
      org.junit.jupiter.api.RepetitionInfo repetition) {
    String orderId = "order-" + repetition.getCurrentRepetition();
    assertThat(handler.checkout(orderId)).isEqualTo("paid " + orderId);
  }
}
