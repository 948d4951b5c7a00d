package org.retention.samples.checkout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The application-wide payment event bus: listeners hear every payment until removed. */
public final class PaymentEvents {
  private static final List<PaymentListener> LISTENERS = new CopyOnWriteArrayList<>();

  private PaymentEvents() {}

  /** Adds a listener. */
  public static void register(PaymentListener listener) {
    LISTENERS.add(listener);
  }

  /** Removes a listener. */
  public static void unregister(PaymentListener listener) {
    LISTENERS.remove(listener);
  }

  /** Tells every listener. */
  public static void paid(String orderId) {
    LISTENERS.forEach(listener -> listener.paid(orderId));
  }
}
