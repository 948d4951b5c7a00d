package org.retention.samples.checkout;

/** The fix: the listener lives as long as its checkout, and is removed even when it fails. */
public final class FixedCheckoutHandler implements CheckoutHandler {
  @Override
  public String checkout(String orderId) {
    OrderConfirmation confirmation = new OrderConfirmation(orderId);
    PaymentEvents.register(confirmation);
    try {
      PaymentEvents.paid(orderId);
      return confirmation.receipt();
    } finally {
      PaymentEvents.unregister(confirmation);
    }
  }
}
