package org.retention.samples.eventbus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.retention.samples.Session;

/** Subscribes a listener per session and never unsubscribes it: the bus keeps the sessions. */
public final class BuggySessionCache implements SessionCache {
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public Session open(String user) {
    Session session = new Session(user);
    sessions.put(user, session);
    EventBus.GLOBAL.subscribe(new SessionListener(session));
    return session;
  }

  @Override
  public void logoutAll() {
    sessions.clear();
  }

  @Override
  public Map<String, Session> asMap() {
    return sessions;
  }
}
