package org.example.gate;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLeakTest {
  /** The leak: an audit log that keeps every session it saw. */
  static final List<Session> AUDIT = new ArrayList<>();

  record Session(String user) {}

  private static Session open(String user) {
    Session session = new Session(user);
    AUDIT.add(session);
    return session;
  }

  @Test
  void clear_releases_sessions() {
    Map<String, Session> cache = new HashMap<>();
    cache.put("alice", open("alice"));
    assertThat(cache).releasesValuesAfterClear();
  }
}
