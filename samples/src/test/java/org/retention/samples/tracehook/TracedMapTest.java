package org.retention.samples.tracehook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.tracehook.TraceHookScenario.assertClearReleasesSessions;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TracedMapTest {

  @Test
  void map_with_the_fixed_hook_releases_its_sessions_on_clear() {
    assertClearReleasesSessions(new FixedTraceHook());
  }

  @Test
  void map_with_the_buggy_hook_is_caught_naming_the_cleared_sessions() {
    assertThatThrownBy(() -> assertClearReleasesSessions(new BuggyTraceHook()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after clear(), but 2 of 2"
            + " are still strongly reachable after")
        .hasMessageContaining("value session alice (org.retention.samples.Session, retains ")
        .hasMessageContaining("value session bob (org.retention.samples.Session, retains ")
        .hasMessageContaining("    BuggyTraceHook.recentClears");
  }

  @Test
  void fixed_hook_still_shows_each_clear_on_its_debug_page() {
    FixedTraceHook hook = new FixedTraceHook();
    Map<String, Object> map = new TracedMap<>("sessions", hook);
    map.put("alice", new Object());
    map.clear();

    assertThat(hook.page()).containsExactly("cleared 1 entries of sessions");
  }
}
