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
    // giveBack() takes nothing out of the map: the values the next request would see are named
    assertThatThrownBy(() -> assertGiveBackReleasesRequestValues(new BuggyMapPool()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after the given removal,"
            + " but the given removal took nothing out of:")
        .hasMessageContaining("\"session\"=session alice")
        .hasMessageContaining("\"body\"=\"{\"order\": 42}\"")
        .hasMessageContaining("so nothing was removed, and there is nothing to prove.");
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
