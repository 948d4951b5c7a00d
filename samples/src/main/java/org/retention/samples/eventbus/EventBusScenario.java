package org.retention.samples.eventbus;

import static org.retention.assertj.RetentionAssertions.assertThat;

import org.retention.samples.LeakScenario;

/** The event-bus sample: its regression check, and its run in the demo. */
public final class EventBusScenario {
  /** The shipped cache, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Session cache whose listeners stay on a static event bus",
      "logoutAll() unsubscribes each session's listener",
      () -> assertLogoutAllReleasesSessions(new BuggySessionCache()),
      () -> assertLogoutAllReleasesSessions(new FixedSessionCache()));

  private EventBusScenario() {}

  /**
   * The regression test: once everybody is logged out, no session is reachable. The removal is
   * the cache's own {@code logoutAll()}, not {@code clear()} on its map, because unsubscribing is
   * part of logging out.
   *
   * @throws AssertionError naming the sessions still reachable
   */
  public static void assertLogoutAllReleasesSessions(SessionCache cache) {
    cache.open("alice");
    cache.open("bob");
    EventBus.GLOBAL.publish("maintenance at 22:00");

    assertThat(cache.asMap()).releasesValuesAfter(sessions -> cache.logoutAll());
  }
}
