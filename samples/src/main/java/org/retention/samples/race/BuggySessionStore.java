package org.retention.samples.race;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.retention.samples.Session;

/**
 * Clears the map in place and assumes it is empty afterwards. A load that began before {@code
 * clear()} puts its stale session after it, and that session outlives the invalidation: {@code
 * clear()} is not atomic with respect to concurrent puts, and a put that comes after it is kept.
 */
public final class BuggySessionStore implements SessionStore {
  private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final SessionLoader loader;

  /** A store that loads through {@code loader}. */
  public BuggySessionStore(SessionLoader loader) {
    this.loader = loader;
  }

  @Override
  public Session get(String user) {
    Session session = sessions.get(user);
    if (session == null) {
      session = loader.load(user);
      sessions.put(user, session);
    }
    return session;
  }

  @Override
  public void invalidateAll() {
    sessions.clear();
  }
}
