package org.retention.samples.eventbus;

import org.retention.samples.Session;

/** Forwards every event to one session. */
record SessionListener(Session session) implements Listener {
  @Override
  public void onEvent(String event) {
    session.deliver(event);
  }
}
