package org.retention.samples.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("counts live instances VM-wide")
class CheckoutHandlerTest {

  @Test
  void should_not_leak_when_each_checkout_removes_its_listener() {
    CheckoutScenario.assertCheckoutDoesNotLeak(new FixedCheckoutHandler());
  }

  @Test
  void should_catch_the_listener_added_per_checkout() {
    // WHEN
    Throwable error = catchThrowable(
        () -> CheckoutScenario.assertCheckoutDoesNotLeak(new BuggyCheckoutHandler()));
    // THEN
    assertThat(error).isInstanceOf(AssertionError.class);
    assertThat(error.getMessage()).contains(
        "  org.retention.samples.checkout.OrderConfirmation: 1 instance and ",
        "  GC root: static field org.retention.samples.checkout.PaymentEvents.LISTENERS"
            + System.lineSeparator() + "    CopyOnWriteArrayList.array" + System.lineSeparator()
            + "    Object[][",
        "<- piles up here: java.lang.Object[] holds ",
        "    -> org.retention.samples.checkout.OrderConfirmation",
        "leak fingerprint: ");
  }

  @Test
  void should_confirm_the_paid_order_in_both_handlers() {
    assertThat(new BuggyCheckoutHandler().checkout("order-a")).isEqualTo("paid order-a");
    assertThat(new FixedCheckoutHandler().checkout("order-b")).isEqualTo("paid order-b");
  }
}
