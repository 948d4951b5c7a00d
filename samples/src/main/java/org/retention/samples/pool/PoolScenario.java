package org.retention.samples.pool;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.Map;
import org.retention.samples.LeakScenario;
import org.retention.samples.Session;

/** The map-pool sample: its regression check, and its run in the demo. */
public final class PoolScenario {
  /** The shipped pool, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Pooled HashMap handed back without clearing",
      "giveBack() clears the map",
      () -> assertGiveBackReleasesRequestValues(new BuggyMapPool()),
      () -> assertGiveBackReleasesRequestValues(new FixedMapPool()));

  private PoolScenario() {}

  /**
   * The regression test: what a request put in its borrowed map is collectable once the map is
   * back in the pool.
   *
   * @throws AssertionError naming the request's values still reachable
   */
  public static void assertGiveBackReleasesRequestValues(MapPool pool) {
    // The map goes straight into the assertion: no local variable of this check holds it, so
    // a retention path shows who really keeps it.
    assertThat(handleRequest(pool)).releasesValuesAfter(pool::giveBack);
  }

  /** A request borrows its attribute map and fills it. */
  private static Map<String, Object> handleRequest(MapPool pool) {
    Map<String, Object> attributes = pool.borrow();
    attributes.put("session", new Session("alice"));
    attributes.put("body", new StringBuilder("{\"order\": 42}"));
    return attributes;
  }
}
