package org.retention.samples.eventbus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Publish/subscribe within the process. {@link #GLOBAL} lives as long as the application, and so
 * does every listener subscribed to it and everything that listener refers to, until it is
 * unsubscribed.
 */
public final class EventBus {
  /** The application-wide bus. */
  public static final EventBus GLOBAL = new EventBus();

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /** Adds {@code listener}; it receives events until {@link #unsubscribe}d. */
  public void subscribe(Listener listener) {
    listeners.add(listener);
  }

  /** Removes {@code listener}. */
  public void unsubscribe(Listener listener) {
    listeners.remove(listener);
  }

  /** Hands {@code event} to every listener. */
  public void publish(String event) {
    listeners.forEach(listener -> listener.onEvent(event));
  }
}
