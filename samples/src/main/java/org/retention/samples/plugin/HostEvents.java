package org.retention.samples.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The host's event bus, shared by every plugin: a static list of listeners.
 *
 * <pre>{@code
 * HostEvents.subscribe(listener);
 * HostEvents.publish("config changed");
 * }</pre>
 */
public final class HostEvents {
  private static final List<Consumer<String>> LISTENERS = new ArrayList<>();

  private HostEvents() {}

  /** Adds {@code listener}; it receives every event until unsubscribed. */
  public static synchronized void subscribe(Consumer<String> listener) {
    LISTENERS.add(listener);
  }

  /** Removes {@code listener}. */
  public static synchronized void unsubscribe(Consumer<String> listener) {
    LISTENERS.remove(listener);
  }

  /** Sends {@code event} to every listener. */
  public static synchronized void publish(String event) {
    LISTENERS.forEach(listener -> listener.accept(event));
  }
}
