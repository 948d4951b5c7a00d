package org.retention.assertj;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.util.FailureMessages.actualIsNull;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.RetentionMessages.andMore;
import static org.retention.assertj.RetentionMessages.retained;
import static org.retention.assertj.RetentionMessages.session;
import static org.retention.assertj.TestMaps.expectAssertionError;
import static org.retention.assertj.TestMaps.put;
import static org.retention.assertj.error.ShouldBeRemovable.shouldBeRemovable;
import static org.retention.assertj.error.ShouldHaveObjectsToProve.shouldHaveObjectsToProve;

import java.lang.ref.Reference;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.internal.text.Descriptions;

class RetentionMapAssert_releasesValuesAfterClear_Test {

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_pass_if_only_the_map_held_the_values(Supplier<Map<Session, Session>> maps) {
    // GIVEN
    Map<Session, Session> map = put(maps.get(), "alice", "bob");
    // WHEN
    RetentionMapAssert<Session, Session> result = assertThat(map).releasesValuesAfterClear();
    // THEN
    then(map).isEmpty();
    then(result).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_fail_naming_the_value_that_a_static_holder_still_holds(
      Supplier<Map<Session, Session>> maps) {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<Session, Session> map = put(maps.get(), "alice");
      map.put(new Session("bob-key"), audit.hold(new Session("bob")));
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
      // THEN
      then(error).hasMessageMatching(
          retained("map values", "clear()", "1 of 2 is", session("value", "bob")));
    }
  }

  @Test
  void should_fail_if_a_local_variable_of_the_caller_still_holds_the_value() {
    // GIVEN
    Session held = new Session("held");
    Map<String, Session> map = new HashMap<>(Map.of("k", held));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessageMatching(
        retained("map values", "clear()", "1 of 1 is", session("value", "held")));
    // The JIT may end a local's liveness at its last use; this keeps the retention real.
    Reference.reachabilityFence(held);
  }

  @Test
  void should_ignore_null_values_beside_collectable_ones() {
    // GIVEN
    Map<Session, Session> map = put(new HashMap<>(), "alice");
    map.put(new Session("nobody-key"), null);
    // WHEN
    assertThat(map).releasesValuesAfterClear();
    // THEN
    then(map).isEmpty();
  }

  @Test
  void should_count_with_grouped_digits_out_of_a_thousand() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<Session, Session> map = new LinkedHashMap<>();
      for (int i = 0; i < 999; i++) {
        put(map, "s" + i);
      }
      map.put(new Session("leaked-key"), audit.hold(new Session("leaked")));
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
      // THEN
      then(error).hasMessageMatching(
          retained("map values", "clear()", "1 of 1,000 is", session("value", "leaked")));
    }
  }

  @Test
  void should_explain_the_first_five_retained_values_and_count_the_rest() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<Integer, Session> map = new LinkedHashMap<>();
      for (int i = 0; i < 20; i++) {
        Session value = new Session("s" + i);
        map.put(1_000 + i, i < 15 ? audit.hold(value) : value);
      }
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
      // THEN
      String[] lines = new String[RetentionExplainer.MAX_EXPLAINED + 1];
      for (int i = 0; i < RetentionExplainer.MAX_EXPLAINED; i++) {
        lines[i] = session("value", "s" + i);
      }
      lines[RetentionExplainer.MAX_EXPLAINED] = andMore(15 - RetentionExplainer.MAX_EXPLAINED);
      then(error).hasMessageMatching(retained("map values", "clear()", "15 of 20 are", lines));
    }
  }

  @Test
  void should_show_the_description_given_with_as() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<String, Session> map = new HashMap<>(Map.of("k", audit.hold(new Session("bob"))));
      // WHEN
      AssertionError error = expectAssertionError(
          () -> assertThat(map).as("session cache").releasesValuesAfterClear());
      // THEN
      then(error).hasMessageMatching("\\[session cache\\] "
          + retained("map values", "clear()", "1 of 1 is", session("value", "bob")));
    }
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    Map<String, Session> map = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessage(actualIsNull());
  }

  @Test
  void should_fail_if_actual_is_empty() {
    // GIVEN
    Map<String, Session> map = new HashMap<>();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessage(shouldHaveObjectsToProve("map values", "clear()", map).create());
  }

  @Test
  void should_fail_if_actual_holds_only_null_values() {
    // GIVEN
    Map<String, Session> map = new HashMap<>();
    map.put("a", null);
    map.put("b", null);
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessage(shouldHaveObjectsToProve("map values", "clear()", map).create());
    then(error).hasMessageContaining("but there are none in:%n  {\"a\"=null, \"b\"=null}".formatted());
  }

  static Stream<Named<Map<Session, Session>>> unmodifiableMaps() {
    return Stream.of(
        Named.of("Map.of", Map.of(new Session("a-key"), new Session("a"))),
        Named.of("Collections.unmodifiableMap",
            Collections.unmodifiableMap(put(new HashMap<>(), "a"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unmodifiableMaps")
  void should_fail_if_actual_is_unmodifiable(Map<Session, Session> map) {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessage(shouldBeRemovable("map values", "clear()", map,
        new UnsupportedOperationException()).create());
    then(error).hasMessageContaining("the map (" + map.getClass().getName()
        + ") is unmodifiable, so it can release nothing");
  }

  static Stream<Arguments> jvmConstants() {
    Runnable nonCapturing = () -> { };
    return Stream.of(
        Arguments.of(Named.of("small Integer", 42),
            "value 42 (java.lang.Integer), kept by the Integer cache (valueOf keeps -128..127)"),
        Arguments.of(Named.of("small Long", 7L),
            "value 7 (java.lang.Long), kept by the Long cache (valueOf keeps -128..127)"),
        Arguments.of(Named.of("enum constant", DayOfWeek.MONDAY),
            "value MONDAY (java.time.DayOfWeek), kept by its enum class java.time.DayOfWeek"
                + " (enum constants live as long as their class)"),
        Arguments.of(Named.of("string literal", "alice"),
            "value \"alice\" (java.lang.String), kept by the JVM's string table"
                + " (string literals and interned strings)"),
        Arguments.of(Named.of("interned string", new String("carol-" + 7).intern()),
            "value \"carol-7\" (java.lang.String), kept by the JVM's string table"
                + " (string literals and interned strings)"),
        Arguments.of(Named.of("Boolean.TRUE", Boolean.TRUE),
            "value true (java.lang.Boolean), kept by the Boolean class"
                + " (Boolean.TRUE and Boolean.FALSE are its constants)"),
        Arguments.of(Named.of("a Class", String.class),
            "value class java.lang.String (java.lang.Class), kept by its class loader"
                + " (java.lang.String lives as long as its loader)"),
        Arguments.of(Named.of("non-capturing lambda", nonCapturing),
            "value " + Descriptions.describe(nonCapturing) + " ("
                + nonCapturing.getClass().getName() + "), kept by its call site"
                + " (a lambda that captures nothing is created once and cached)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jvmConstants")
  void should_fail_if_a_value_is_kept_alive_by_the_jvm_itself(Object constant, String line) {
    // GIVEN
    Map<String, Object> map = new HashMap<>(Map.of("k", constant));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessage("%nExpecting map values to be collectable after clear(), but 1 of them"
        + " is kept alive by the JVM itself, so it could never be collected and this assertion"
        + " could prove nothing:%n  %s%nUse objects that the test creates, such as"
        + " new String(\"...\"), new Object() or integers outside -128..127.", line);
    then(map).as("a refused map is left as it was").containsEntry("k", constant);
  }
}
