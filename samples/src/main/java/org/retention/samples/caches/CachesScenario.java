package org.retention.samples.caches;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.Map;
import org.retention.samples.LeakScenario;
import org.retention.samples.Session;

/** The Guava and Caffeine samples: their checks, and their runs in the demo. */
public final class CachesScenario {
  /** Guava: {@code asMap().clear()}, then {@code invalidateAll()}; both release. */
  public static final LeakScenario GUAVA = LeakScenario.falseAlarm(
      "Guava cache cleared through asMap().clear()",
      "invalidateAll()",
      () -> assertAsMapClearReleasesSessions(SessionCaches.guava().asMap()),
      () -> {
        com.google.common.cache.Cache<String, Session> cache = SessionCaches.guava();
        assertInvalidateAllReleasesSessions(cache.asMap(), cache::invalidateAll);
      });

  /** Caffeine: {@code asMap().clear()}, then {@code invalidateAll()}; both release. */
  public static final LeakScenario CAFFEINE = LeakScenario.falseAlarm(
      "Caffeine cache cleared through asMap().clear()",
      "invalidateAll()",
      () -> assertAsMapClearReleasesSessions(SessionCaches.caffeine().asMap()),
      () -> {
        com.github.benmanes.caffeine.cache.Cache<String, Session> cache = SessionCaches.caffeine();
        assertInvalidateAllReleasesSessions(cache.asMap(), cache::invalidateAll);
      });

  private CachesScenario() {}

  /**
   * Fills a cache with the sessions of alice and bob, reads alice's (so the read buffers hold
   * her entry), and returns the cache's map view.
   */
  public static Map<String, Session> withTwoSessions(Map<String, Session> asMap) {
    asMap.put("alice", new Session("alice"));
    asMap.put("bob", new Session("bob"));
    asMap.get("alice");
    return asMap;
  }

  /**
   * Clearing the cache's map view releases every session.
   *
   * @throws AssertionError naming the sessions still reachable
   */
  public static void assertAsMapClearReleasesSessions(Map<String, Session> asMap) {
    assertThat(withTwoSessions(asMap)).releasesValuesAfterClear();
  }

  /**
   * The cache's {@code invalidateAll()} releases every session.
   *
   * @param asMap the cache's map view
   * @param invalidateAll the cache's {@code invalidateAll()}
   * @throws AssertionError naming the sessions still reachable
   */
  public static void assertInvalidateAllReleasesSessions(
      Map<String, Session> asMap, Runnable invalidateAll) {
    assertThat(withTwoSessions(asMap)).releasesValuesAfter(sessions -> invalidateAll.run());
  }
}
