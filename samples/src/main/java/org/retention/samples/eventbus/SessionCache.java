package org.retention.samples.eventbus;

import java.util.Map;
import org.retention.samples.Session;

/** Open sessions by user; each session receives the events published on {@link EventBus#GLOBAL}. */
public interface SessionCache {
  /** Opens, caches and subscribes a session for {@code user}. */
  Session open(String user);

  /** Logs every user out. */
  void logoutAll();

  /** The open sessions, live. */
  Map<String, Session> asMap();
}
