package org.retention.samples.race;

import org.retention.samples.Session;

/** Loads a user's session from its backing store; slow, so it runs outside any lock. */
@FunctionalInterface
public interface SessionLoader {
  /** The session of {@code user}. */
  Session load(String user);
}
