package org.retention.samples.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.retention.samples.Session;

/** Audits the session itself "for context": the audit log keeps every session alive. */
public final class BuggySessionCache implements SessionCache {
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public Session open(String user) {
    Session session = new Session(user);
    sessions.put(user, session);
    AuditLog.record(new AuditEntry("login", session));
    return session;
  }

  @Override
  public Map<String, Session> asMap() {
    return sessions;
  }
}
