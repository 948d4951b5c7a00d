package org.retention.samples.race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.race.RaceScenario.assertInvalidateAllReleasesLoadedSessions;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.retention.samples.Session;

/**
 * The race is orchestrated with latches inside the check, so each repetition takes the same
 * interleaving: the repetitions prove that, not luck.
 */
class SessionStoreTest {

  @RepeatedTest(5)
  void fixed_store_drops_a_session_loaded_during_invalidation() {
    assertInvalidateAllReleasesLoadedSessions(FixedSessionStore::new);
  }

  @RepeatedTest(5)
  void buggy_store_is_caught_naming_the_session_put_after_clear() {
    assertThatThrownBy(() -> assertInvalidateAllReleasesLoadedSessions(BuggySessionStore::new))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after the given removal,"
            + " but 1 of 3 is still strongly reachable after")
        .hasMessageContaining("value session carol (org.retention.samples.Session, retains ")
        .hasMessageNotContaining("session alice")
        .hasMessageNotContaining("session bob")
        .hasMessageContaining("    BuggySessionStore.sessions");
  }

  @Test
  void fixed_store_caches_until_invalidated() {
    SessionStore store = new FixedSessionStore(Session::new);
    Session alice = store.get("alice");

    assertThat(store.get("alice")).isSameAs(alice);
    store.invalidateAll();
    assertThat(store.get("alice")).isNotSameAs(alice);
  }
}
