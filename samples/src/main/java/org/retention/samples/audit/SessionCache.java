package org.retention.samples.audit;

import java.util.Map;
import org.retention.samples.Session;

/** Open sessions by user; logging a user in is audited. */
public interface SessionCache {
  /** Opens, caches, audits and returns a session for {@code user}. */
  Session open(String user);

  /** The cache itself, live: clearing it logs everybody out. */
  Map<String, Session> asMap();
}
