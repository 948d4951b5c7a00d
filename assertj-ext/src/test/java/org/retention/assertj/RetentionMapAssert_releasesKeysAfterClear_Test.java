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

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionMapAssert_releasesKeysAfterClear_Test {

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_pass_if_only_the_map_held_the_keys(Supplier<Map<Session, Session>> maps) {
    // GIVEN
    Map<Session, Session> map = put(maps.get(), "alice", "bob");
    // WHEN
    assertThat(map).releasesKeysAfterClear();
    // THEN
    then(map).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_fail_naming_the_key_that_a_static_holder_still_holds(
      Supplier<Map<Session, Session>> maps) {
    try (StaticHolder index = StaticHolder.open()) {
      // GIVEN
      Map<Session, Session> map = put(maps.get(), "alice");
      map.put(index.hold(new Session("bob-key")), new Session("bob"));
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(map).releasesKeysAfterClear());
      // THEN
      then(error).hasMessageMatching(
          retained("map keys", "clear()", "1 of 2 is", session("key", "bob-key")));
    }
  }

  @Test
  void should_not_watch_values_that_stay_reachable() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<Session, Session> map = new HashMap<>();
      map.put(new Session("alice-key"), audit.hold(new Session("alice")));
      // WHEN
      assertThat(map).releasesKeysAfterClear();
      // THEN
      then(map).isEmpty();
    }
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    Map<Session, Session> map = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesKeysAfterClear());
    // THEN
    then(error).hasMessage(actualIsNull());
  }

  @Test
  void should_fail_if_actual_is_empty() {
    // GIVEN
    Map<Session, Session> map = new HashMap<>();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesKeysAfterClear());
    // THEN
    then(error).hasMessage(shouldHaveObjectsToProve("map keys", "clear()", map).create());
  }

  @Test
  void should_fail_if_the_only_key_is_null() {
    // GIVEN
    Map<Session, Session> map = new HashMap<>();
    map.put(null, new Session("alice"));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesKeysAfterClear());
    // THEN
    then(error).hasMessage(shouldHaveObjectsToProve("map keys", "clear()", map).create());
  }

  @Test
  void should_fail_if_actual_is_unmodifiable() {
    // GIVEN
    Map<Session, Session> map = Collections.unmodifiableMap(put(new HashMap<>(), "alice"));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesKeysAfterClear());
    // THEN
    then(error).hasMessage(shouldBeRemovable("map keys", "clear()", map,
        new UnsupportedOperationException()).create());
  }

  @Test
  void should_fail_if_keys_are_string_literals() {
    // GIVEN
    Map<String, Session> map = new HashMap<>(Map.of("alice", new Session("alice")));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesKeysAfterClear());
    // THEN
    then(error).hasMessageContaining(String.format("%n  key \"alice\" (java.lang.String), kept by"
        + " the JVM's string table (string literals and interned strings)%n"));
  }
}
