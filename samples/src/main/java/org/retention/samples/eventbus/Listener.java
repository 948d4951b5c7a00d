package org.retention.samples.eventbus;

/** Receives every event published on an {@link EventBus}. */
@FunctionalInterface
public interface Listener {
  /** Called on the publishing thread. */
  void onEvent(String event);
}
