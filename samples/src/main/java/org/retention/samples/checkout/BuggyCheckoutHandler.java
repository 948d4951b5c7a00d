package org.retention.samples.checkout;

/** The shipped handler: it registers a listener per checkout and never removes it. */
public final class BuggyCheckoutHandler implements CheckoutHandler {
  @Override
  public String checkout(String orderId) {
    OrderConfirmation confirmation = new OrderConfirmation(orderId);
    PaymentEvents.register(confirmation);
    PaymentEvents.paid(orderId);
    return confirmation.receipt();
  }
}
