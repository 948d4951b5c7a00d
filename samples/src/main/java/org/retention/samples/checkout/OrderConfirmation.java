package org.retention.samples.checkout;

/** Listens for one order's payment and remembers the receipt. */
final class OrderConfirmation implements PaymentListener {
  private final String orderId;
  private final StringBuilder receipt = new StringBuilder(64);

  OrderConfirmation(String orderId) {
    this.orderId = orderId;
  }

  @Override
  public void paid(String paidOrder) {
    if (paidOrder.equals(orderId)) {
      receipt.append("paid ").append(orderId);
    }
  }

  String receipt() {
    return receipt.toString();
  }
}
