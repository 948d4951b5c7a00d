package org.retention.samples.race;

import org.retention.samples.Session;

/** Sessions by user, loaded on first use and dropped together when the backing store changes. */
public interface SessionStore {
  /** The cached session of {@code user}, loaded on a miss. */
  Session get(String user);

  /** Drops every cached session, for example after a password-policy change. */
  void invalidateAll();
}
