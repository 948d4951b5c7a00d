package org.example.record;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retention.junit.NoRetentionAfter;

class SessionRegistryTest {
  /** The leak: a registry that keeps every session it saw. */
  static final List<Session> REGISTRY = new ArrayList<>();

  static final class Session {
    final byte[] state = new byte[512];
  }

  @Test
  @NoRetentionAfter(instancesOf = Session.class)
  void bulk_login_keeps_no_session() {
    for (int i = 0; i < 10; i++) {
      REGISTRY.add(new Session());
    }
  }

  @Test
  @NoRetentionAfter(instancesOf = Session.class)
  void logout_releases_sessions() {
    List<Session> open = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      open.add(new Session());
    }
    open.clear();
  }
}
