package org.retention.samples.eventbus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.retention.samples.Session;

/** Remembers each session's listener and unsubscribes it on logout. */
public final class FixedSessionCache implements SessionCache {
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, Listener> subscriptions = new ConcurrentHashMap<>();

  @Override
  public Session open(String user) {
    Session session = new Session(user);
    sessions.put(user, session);
    Listener listener = new SessionListener(session);
    subscriptions.put(user, listener);
    EventBus.GLOBAL.subscribe(listener);
    return session;
  }

  @Override
  public void logoutAll() {
    subscriptions.values().forEach(EventBus.GLOBAL::unsubscribe);
    subscriptions.clear();
    sessions.clear();
  }

  @Override
  public Map<String, Session> asMap() {
    return sessions;
  }
}
