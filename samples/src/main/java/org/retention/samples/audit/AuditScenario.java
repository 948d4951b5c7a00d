package org.retention.samples.audit;

import static org.retention.assertj.RetentionAssertions.assertThat;

import org.retention.samples.LeakScenario;

/** The audit-log sample: its regression check, and its run in the demo. */
public final class AuditScenario {
  /** The shipped cache, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Session cache whose sessions are also audited in a static list",
      "the audit entry names the user, not the session",
      () -> assertClearReleasesSessions(new BuggySessionCache()),
      () -> assertClearReleasesSessions(new FixedSessionCache()));

  private AuditScenario() {}

  /**
   * The regression test: once the cache is cleared, no session of alice or bob is reachable.
   *
   * @throws AssertionError naming the sessions still reachable
   */
  public static void assertClearReleasesSessions(SessionCache cache) {
    cache.open("alice");
    cache.open("bob");

    assertThat(cache.asMap()).releasesValuesAfterClear();
  }
}
