package org.retention.samples;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A user's session, the value most caches in these samples hold: small to name, but with 16 KB
 * of state, as real sessions carry, so that a leaked one is worth finding.
 */
public final class Session {
  private static final int STATE_BYTES = 16 * 1024;

  private final String user;
  private final byte[] state = new byte[STATE_BYTES];
  private final AtomicInteger deliveredEvents = new AtomicInteger();

  /** A new session of {@code user}. */
  public Session(String user) {
    this.user = user;
  }

  /** Whose session this is. */
  public String user() {
    return user;
  }

  /** Hands an event to the user's session, for example a push notification. */
  public void deliver(String event) {
    deliveredEvents.incrementAndGet();
    state[0] = (byte) event.length();
  }

  /** How many events were delivered to this session. */
  public int deliveredEvents() {
    return deliveredEvents.get();
  }

  /** {@code session alice}: how failure messages name it. */
  @Override
  public String toString() {
    return "session " + user;
  }
}
