package org.retention.assertj;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.util.FailureMessages.actualIsNull;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.RetentionMessages.retained;
import static org.retention.assertj.RetentionMessages.session;
import static org.retention.assertj.TestMaps.expectAssertionError;
import static org.retention.assertj.TestMaps.put;
import static org.retention.assertj.error.ShouldBeRemovable.shouldBeRemovable;
import static org.retention.assertj.error.ShouldHaveObjectsToProve.shouldHaveObjectsToProve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionMapAssert_releasesEntriesAfterClear_Test {

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_pass_if_only_the_map_held_keys_and_values(Supplier<Map<Session, Session>> maps) {
    // GIVEN
    Map<Session, Session> map = put(maps.get(), "alice", "bob");
    // WHEN
    assertThat(map).releasesEntriesAfterClear();
    // THEN
    then(map).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_fail_naming_a_retained_key_and_a_retained_value(
      Supplier<Map<Session, Session>> maps) {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<Session, Session> map = put(maps.get(), "alice");
      map.put(audit.hold(new Session("bob-key")), new Session("bob"));
      map.put(new Session("carol-key"), audit.hold(new Session("carol")));
      // WHEN
      AssertionError error =
          expectAssertionError(() -> assertThat(map).releasesEntriesAfterClear());
      // THEN
      then(error).hasMessageMatching(retained("map entries (keys and values)", "clear()",
          "2 of 6 are", session("key", "bob-key"), session("value", "carol")));
    }
  }

  @Test
  void should_list_keys_before_values() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<Session, Session> map = new LinkedHashMap<>();
      map.put(new Session("a-key"), audit.hold(new Session("a")));
      map.put(audit.hold(new Session("b-key")), new Session("b"));
      // WHEN
      AssertionError error =
          expectAssertionError(() -> assertThat(map).releasesEntriesAfterClear());
      // THEN
      then(error).hasMessageMatching(retained("map entries (keys and values)", "clear()",
          "2 of 4 are", session("key", "b-key"), session("value", "a")));
    }
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    Map<Session, Session> map = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesEntriesAfterClear());
    // THEN
    then(error).hasMessage(actualIsNull());
  }

  @Test
  void should_fail_if_actual_is_empty() {
    // GIVEN
    Map<Session, Session> map = new HashMap<>();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesEntriesAfterClear());
    // THEN
    then(error).hasMessage(
        shouldHaveObjectsToProve("map entries (keys and values)", "clear()", map).create());
  }

  @Test
  void should_fail_if_actual_is_unmodifiable() {
    // GIVEN
    Map<Session, Session> map = Map.of(new Session("a-key"), new Session("a"));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesEntriesAfterClear());
    // THEN
    then(error).hasMessage(shouldBeRemovable("map entries (keys and values)", "clear()", map,
        new UnsupportedOperationException()).create());
  }

  @Test
  void should_fail_if_a_key_is_an_enum_constant() {
    // GIVEN
    Map<Thread.State, Session> map = new HashMap<>(Map.of(Thread.State.NEW, new Session("a")));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesEntriesAfterClear());
    // THEN
    then(error).hasMessageContaining(String.format("but 1 of them is kept alive by the JVM itself,"
        + " so it could never be collected and this assertion could prove nothing:%n"
        + "  key NEW (java.lang.Thread$State), kept by its enum class java.lang.Thread$State"
        + " (enum constants live as long as their class)%n"));
  }
}
