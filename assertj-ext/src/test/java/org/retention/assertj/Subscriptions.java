package org.retention.assertj;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A bus that keeps every subscriber, and one that lets each go when its request ends. */
final class Subscriptions {
  static final List<Subscriber> SUBSCRIBERS = new CopyOnWriteArrayList<>();

  private Subscriptions() {}

  static void subscribeForever() {
    SUBSCRIBERS.add(new Subscriber());
  }

  static void subscribeForOneRequest() {
    Subscriber subscriber = new Subscriber();
    SUBSCRIBERS.add(subscriber);
    SUBSCRIBERS.remove(subscriber);
  }

  static final class Subscriber {}
}
