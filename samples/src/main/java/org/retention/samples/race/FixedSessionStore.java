package org.retention.samples.race;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.retention.samples.Session;

/**
 * Invalidates by swapping in a new, empty map. A load that began before the swap puts its
 * session into the old map, which nothing references any more, so it is collected with it.
 */
public final class FixedSessionStore implements SessionStore {
  private final AtomicReference<ConcurrentMap<String, Session>> sessions =
      new AtomicReference<>(new ConcurrentHashMap<>());
  private final SessionLoader loader;

  /** A store that loads through {@code loader}. */
  public FixedSessionStore(SessionLoader loader) {
    this.loader = loader;
  }

  @Override
  public Session get(String user) {
    ConcurrentMap<String, Session> generation = sessions.get();
    Session session = generation.get(user);
    if (session == null) {
      session = loader.load(user);
      generation.put(user, session);
    }
    return session;
  }

  @Override
  public void invalidateAll() {
    sessions.set(new ConcurrentHashMap<>());
  }
}
