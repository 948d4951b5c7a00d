package org.retention.samples.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.audit.AuditScenario.assertClearReleasesSessions;

import org.junit.jupiter.api.Test;

class SessionCacheTest {

  @Test
  void fixed_cache_releases_its_sessions_on_clear() {
    assertClearReleasesSessions(new FixedSessionCache());
  }

  @Test
  void buggy_cache_is_caught_naming_the_audited_sessions() {
    assertThatThrownBy(() -> assertClearReleasesSessions(new BuggySessionCache()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after clear(), but 2 of 2"
            + " are still strongly reachable after")
        .hasMessageContaining("value session alice (org.retention.samples.Session, retains ")
        .hasMessageContaining("value session bob (org.retention.samples.Session, retains ")
        .hasMessageContaining("GC root: static field org.retention.samples.audit.AuditLog.RECENT")
        .hasMessageContaining("    AuditEntry.subject");
  }
}
