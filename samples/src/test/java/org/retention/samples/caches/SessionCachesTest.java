package org.retention.samples.caches;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.samples.caches.CachesScenario.assertAsMapClearReleasesSessions;
import static org.retention.samples.caches.CachesScenario.assertInvalidateAllReleasesSessions;
import static org.retention.samples.caches.CachesScenario.withTwoSessions;

import org.junit.jupiter.api.Test;
import org.retention.samples.Session;

/**
 * Both ways of clearing both libraries' caches release every value. Beside them, a removal that
 * really leaves a value behind, so the passing checks are seen to be able to fail.
 */
class SessionCachesTest {

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
  void guava_invalidating_one_key_is_caught_keeping_the_other_session() {
    com.google.common.cache.Cache<String, Session> cache = SessionCaches.guava();

    assertThatThrownBy(() -> assertThat(withTwoSessions(cache.asMap()))
            .releasesValuesAfter(sessions -> cache.invalidate("alice")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but 1 of 2 is still strongly reachable after")
        .hasMessageContaining("value session bob (org.retention.samples.Session, retains ")
        .hasMessageContaining("    LocalCache$LocalManualCache.localCache");
  }

  @Test
  void caffeine_invalidating_one_key_is_caught_keeping_the_other_session() {
    com.github.benmanes.caffeine.cache.Cache<String, Session> cache = SessionCaches.caffeine();

    // Caffeine finishes a removal by key in its maintenance, run asynchronously on the common
    // pool: until then the removed value is still reachable. cleanUp() runs it now. (clear() and
    // invalidateAll() run it inline, under the eviction lock.)
    assertThatThrownBy(() -> assertThat(withTwoSessions(cache.asMap()))
            .releasesValuesAfter(sessions -> {
              cache.invalidate("alice");
              cache.cleanUp();
            }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but 1 of 2 is still strongly reachable after")
        .hasMessageContaining("value session bob (org.retention.samples.Session, retains ")
        .hasMessageContaining("    BoundedLocalCache$BoundedLocalManualCache.cache");
  }
}
