package org.retention.samples.caches;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.samples.caches.CachesScenario.assertAsMapClearReleasesSessions;
import static org.retention.samples.caches.CachesScenario.assertInvalidateAllReleasesSessions;
import static org.retention.samples.caches.CachesScenario.withTwoSessions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.samples.Session;

/**
 * Both ways of clearing both libraries' caches release every value, and invalidating one key
 * releases its value. Beside them, the same removals while a listener still holds a session, so
 * the passing checks are seen to be able to fail.
 */
class SessionCachesTest {
  /** A listener that, in the failing twins, still holds the session the cache let go. */
  private static final List<Session> LISTENED = new CopyOnWriteArrayList<>();

  @Test
  void guava_asMap_clear_releases_every_session() {
    assertAsMapClearReleasesSessions(SessionCaches.guava().asMap());
  }

  @Test
  void guava_invalidateAll_releases_every_session() {
    com.google.common.cache.Cache<String, Session> cache = SessionCaches.guava();
    assertInvalidateAllReleasesSessions(cache.asMap(), cache::invalidateAll);
  }

  @Test
  void caffeine_asMap_clear_releases_every_session() {
    assertAsMapClearReleasesSessions(SessionCaches.caffeine().asMap());
  }

  @Test
  void caffeine_invalidateAll_releases_every_session() {
    com.github.benmanes.caffeine.cache.Cache<String, Session> cache = SessionCaches.caffeine();
    assertInvalidateAllReleasesSessions(cache.asMap(), cache::invalidateAll);
  }

  @Test
  void guava_invalidating_one_key_releases_that_session_only() {
    com.google.common.cache.Cache<String, Session> cache = SessionCaches.guava();

    assertThat(withTwoSessions(cache.asMap()))
        .releasesValuesAfter(sessions -> cache.invalidate("alice"));

    assertThat(cache.asMap()).containsOnlyKeys("bob");
  }

  @Test
  void guava_invalidating_one_key_is_caught_when_a_listener_still_holds_its_session() {
    com.google.common.cache.Cache<String, Session> cache = SessionCaches.guava();

    assertThatThrownBy(() -> assertThat(withTwoSessions(cache.asMap()))
            .releasesValuesAfter(sessions -> {
              LISTENED.add(sessions.get("alice"));
              cache.invalidate("alice");
            }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but 1 of 1 is still strongly reachable after")
        .hasMessageContaining("value session alice (org.retention.samples.Session, retains ")
        .hasMessageContaining("GC root: static field " + SessionCachesTest.class.getName()
            + ".LISTENED");
  }

  @Test
  void caffeine_invalidating_one_key_releases_that_session_only() {
    com.github.benmanes.caffeine.cache.Cache<String, Session> cache = SessionCaches.caffeine();

    // Caffeine finishes a removal by key in its maintenance, run asynchronously on the common
    // pool: until then the removed value is still reachable. cleanUp() runs it now. (clear() and
    // invalidateAll() run it inline, under the eviction lock.)
    assertThat(withTwoSessions(cache.asMap()))
        .releasesValuesAfter(sessions -> {
          cache.invalidate("alice");
          cache.cleanUp();
        });

    assertThat(cache.asMap()).containsOnlyKeys("bob");
  }

  @Test
  void caffeine_invalidating_one_key_is_caught_when_a_listener_still_holds_its_session() {
    com.github.benmanes.caffeine.cache.Cache<String, Session> cache = SessionCaches.caffeine();

    assertThatThrownBy(() -> assertThat(withTwoSessions(cache.asMap()))
            .releasesValuesAfter(sessions -> {
              LISTENED.add(sessions.get("alice"));
              cache.invalidate("alice");
              cache.cleanUp();
            }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but 1 of 1 is still strongly reachable after")
        .hasMessageContaining("value session alice (org.retention.samples.Session, retains ")
        .hasMessageContaining("GC root: static field " + SessionCachesTest.class.getName()
            + ".LISTENED");
  }

  @AfterEach
  void forget() {
    LISTENED.clear();
  }
}
