package org.retention.samples.checkout;

/** Hears payments. */
@FunctionalInterface
public interface PaymentListener {
  /** The order was paid. */
  void paid(String orderId);
}
