package org.retention.samples.checkout;

/** Checks an order out: waits for its payment to confirm it. */
public interface CheckoutHandler {
  /** Checks out the order and returns its confirmation. */
  String checkout(String orderId);
}
