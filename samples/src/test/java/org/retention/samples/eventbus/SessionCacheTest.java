package org.retention.samples.eventbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.eventbus.EventBusScenario.assertLogoutAllReleasesSessions;

import org.junit.jupiter.api.Test;
import org.retention.samples.Session;

class SessionCacheTest {

  @Test
  void fixed_cache_releases_its_sessions_on_logout() {
    assertLogoutAllReleasesSessions(new FixedSessionCache());
  }

  @Test
  void buggy_cache_is_caught_naming_the_subscribed_sessions() {
    assertThatThrownBy(() -> assertLogoutAllReleasesSessions(new BuggySessionCache()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after the given removal,"
            + " but 2 of 2 are still strongly reachable after")
        .hasMessageContaining("value session alice (org.retention.samples.Session, retains ")
        .hasMessageContaining("value session bob (org.retention.samples.Session, retains ")
        .hasMessageContaining("GC root: static field org.retention.samples.eventbus.EventBus.GLOBAL")
        .hasMessageContaining("    SessionListener.session");
  }

  @Test
  void fixed_cache_still_delivers_events_until_logout() {
    FixedSessionCache cache = new FixedSessionCache();
    Session alice = cache.open("alice");

    EventBus.GLOBAL.publish("maintenance at 22:00");
    cache.logoutAll();
    EventBus.GLOBAL.publish("maintenance over");

    assertThat(alice.deliveredEvents()).isEqualTo(1);
  }
}
