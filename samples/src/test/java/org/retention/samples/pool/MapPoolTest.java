package org.retention.samples.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.pool.PoolScenario.assertGiveBackReleasesRequestValues;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MapPoolTest {

  @Test
  void fixed_pool_releases_the_request_values_it_takes_back() {
    assertGiveBackReleasesRequestValues(new FixedMapPool());
  }

  @Test
  void buggy_pool_is_caught_naming_the_last_request_values() {
    assertThatThrownBy(() -> assertGiveBackReleasesRequestValues(new BuggyMapPool()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after the given removal,"
            + " but 2 of 2 are still strongly reachable after")
        .hasMessageContaining("value session alice (org.retention.samples.Session, retains ")
        .hasMessageContaining("value \"{\"order\": 42}\" (java.lang.StringBuilder, retains ")
        .hasMessageContaining("    BuggyMapPool.free");
  }

  @Test
  void buggy_pool_shows_the_last_request_values_to_the_next_request() {
    MapPool pool = new BuggyMapPool();
    Map<String, Object> first = pool.borrow();
    first.put("user", "alice");
    pool.giveBack(first);

    assertThat(pool.borrow()).containsEntry("user", "alice");
  }

  @Test
  void fixed_pool_lends_an_empty_map_again() {
    MapPool pool = new FixedMapPool();
    Map<String, Object> first = pool.borrow();
    first.put("user", "alice");
    pool.giveBack(first);

    assertThat(pool.borrow()).isSameAs(first).isEmpty();
  }
}
