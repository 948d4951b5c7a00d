package org.retention.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The AssertJ entry point against the real engine, in the test JVM itself. */
class AssertionEndToEndTest {
  private static final List<Object> LEAKED = new ArrayList<>();

  @AfterEach
  void forgetLeaks() {
    LEAKED.clear();
  }

  @Test
  void a_map_that_releases_its_values_passes() {
    assertThat(sessions(100)).releasesValuesAfterClear();
  }

  @Test
  void a_value_held_by_a_static_list_fails_and_is_named() {
    Map<String, Object> map = sessions(100);
    LEAKED.add(map.get("session-7"));

    assertThatThrownBy(() -> assertThat(map).releasesValuesAfterClear())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 100 is still strongly reachable after")
        .hasMessageContaining("value \"session-7\" (java.lang.StringBuilder, retains 72 bytes)")
        .hasMessageContaining("GC root: static field " + getClass().getName() + ".LEAKED");
  }

  private static Map<String, Object> sessions(int count) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      map.put("session-" + i, new StringBuilder("session-" + i));
    }
    return map;
  }
}
