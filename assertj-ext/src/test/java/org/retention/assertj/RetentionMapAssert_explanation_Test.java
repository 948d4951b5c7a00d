package org.retention.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.retention.assertj.RetentionAssertions.assertThat;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failing {@code releases...} assertion explains itself with a retention path. */
class RetentionMapAssert_explanation_Test {
  static final List<Object> AUDIT = new ArrayList<>();
  static final List<Map<String, Object>> POOL = new ArrayList<>();

  @AfterEach
  void forget() {
    AUDIT.clear();
    POOL.clear();
  }

  @Test
  void should_pass_when_nothing_else_holds_the_values() {
    assertThat(sessions(100)).releasesValuesAfterClear();
  }

  @Test
  void should_fail_with_the_path_from_a_static_field() {
    Map<String, Object> map = sessions(1_000);
    AUDIT.add(map.get("session-17"));

    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(map).releasesValuesAfterClear());

    assertThat(error.getMessage())
        .startsWith(String.format("%nExpecting map values to be collectable after clear(), but"
            + " 1 of 1,000 is still strongly reachable after "))
        .contains(String.join(System.lineSeparator(),
            "  value \"session-17\" (java.lang.StringBuilder, retains 72 bytes)",
            "  GC root: static field " + getClass().getName() + ".AUDIT",
            "    ArrayList.elementData",
            "    Object[][0]",
            "    -> java.lang.StringBuilder",
            "  suspect reference: Object[][0] -> java.lang.StringBuilder"
                + " (break it to free 72 bytes)",
            "  leak fingerprint: "));
  }

  @Test
  void should_fail_naming_the_test_method_when_its_own_local_variable_holds_a_value() {
    Map<String, Object> map = sessions(10);
    Object mine = map.get("session-3");

    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(map).releasesValuesAfterClear());

    assertThat(error.getMessage()).contains("  GC root: local variable in " + getClass().getName()
        + ".should_fail_naming_the_test_method_when_its_own_local_variable_holds_a_value(");
    Reference.reachabilityFence(mine);
  }

  @Test
  void should_blame_what_keeps_the_map_not_the_assertion_that_holds_it() {
    // GIVEN a pool that keeps the map itself, and a removal that only wraps a value in the map
    POOL.add(sessions(3));
    // WHEN
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(POOL.get(0)).releasesValuesAfter(map -> wrap(map, "session-0")));
    // THEN the path starts at the pool, not at the assertion's own frames, which hold the map too
    assertThat(error.getMessage())
        .contains("  GC root: static field " + getClass().getName() + ".POOL")
        .doesNotContain("GC root: local variable in org.retention.assertj.RetentionMapAssert");
  }

  @Test
  void should_name_the_assertion_only_when_nothing_else_holds_what_it_left_in_the_map() {
    // WHEN the removal leaves a value reachable through a map that only the assertion holds
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(sessions(2)).releasesValuesAfter(map -> wrap(map, "session-0")));
    // THEN that is the true path: the map under assertion, which only its check holds, still
    // holds the value
    assertThat(error.getMessage())
        .contains("1 of 1 is still strongly reachable")
        .containsPattern("  GC root: local variable in org\\.retention\\.(core\\.RetentionCheck"
            + "|assertj\\.RetentionMapAssert)\\.")
        .containsPattern("    (AbstractAssert\\.actual|MapPart\\$MapContents\\.map)\\R"
            + "    HashMap\\.table");
  }

  /** Takes the value out of the map's values, yet keeps it reachable through the map. */
  private static void wrap(Map<String, Object> map, String key) {
    map.put(key, new Object[] {map.get(key)});
  }

  private static Map<String, Object> sessions(int count) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      map.put("session-" + i, new StringBuilder("session-" + i));
    }
    return map;
  }
}
