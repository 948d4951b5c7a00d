package org.retention.samples.checkout;

import static org.retention.assertj.RetentionAssertions.assertThatRepeated;

import java.util.concurrent.atomic.AtomicLong;
import org.retention.samples.LeakScenario;

/**
 * The checkout sample, in the demo: one listener more on the payment bus per request. Its
 * regression tests are {@code CheckoutHandlerTest} (AssertJ) and {@code
 * CheckoutRepeatedTest} ({@code @NoHeapGrowth}).
 */
public final class CheckoutScenario {
  /** The shipped handler, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Checkout adding a payment listener per request",
      "listener removed when its checkout ends",
      () -> assertCheckoutDoesNotLeak(new BuggyCheckoutHandler()),
      () -> assertCheckoutDoesNotLeak(new FixedCheckoutHandler()));

  private static final AtomicLong ORDERS = new AtomicLong();

  private CheckoutScenario() {}

  /**
   * Checks out 40 orders and checks that nothing piles up.
   *
   * @throws AssertionError naming what piles up where
   */
  public static void assertCheckoutDoesNotLeak(CheckoutHandler handler) {
    assertThatRepeated(() -> handler.checkout("order-" + ORDERS.incrementAndGet())).times(40)
        .doesNotLeak();
  }
}
