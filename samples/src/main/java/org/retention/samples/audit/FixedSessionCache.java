package org.retention.samples.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.retention.samples.Session;

/** Audits the user's name, which is all the audit page shows. */
public final class FixedSessionCache implements SessionCache {
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public Session open(String user) {
    Session session = new Session(user);
    sessions.put(user, session);
    AuditLog.record(new AuditEntry("login", user));
    return session;
  }

  @Override
  public Map<String, Session> asMap() {
    return sessions;
  }
}
