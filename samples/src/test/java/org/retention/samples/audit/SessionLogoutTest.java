package org.retention.samples.audit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.retention.junit.NoRetentionAfter;
import org.retention.junit.RetentionTracker;

/**
 * The audit sample as a JUnit extension user writes it: track what the test opens, and let
 * {@code @NoRetentionAfter} prove it collectable when the test is over.
 */
class SessionLogoutTest {

  @Test
  @NoRetentionAfter
  void logout_releases_the_session(RetentionTracker tracker) {
    SessionCache cache = new FixedSessionCache();
    tracker.track(cache.open("alice"), "alice's session");
    cache.asMap().remove("alice");
  }

  @Test
  void the_buggy_cache_fails_the_same_test_naming_the_audit_log() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BuggyCacheFixture.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("logout_releases_the_session"), finishedWithFailure(message(m ->
            m.startsWith("Expecting tracked objects to be collectable after the test, but 1 of 1"
                + " is still strongly reachable after ")
            && m.contains("  object alice's session (org.retention.samples.Session, retains ")
            && m.contains("  GC root: static field " + AuditLog.class.getName() + ".RECENT")
            && m.contains("    AuditEntry.subject")))));
  }

  /** The same test on the cache as it shipped; run only through EngineTestKit above. */
  static class BuggyCacheFixture {
    @Test
    @NoRetentionAfter
    void logout_releases_the_session(RetentionTracker tracker) {
      SessionCache cache = new BuggySessionCache();
      tracker.track(cache.open("alice"), "alice's session");
      cache.asMap().remove("alice");
    }
  }
}
