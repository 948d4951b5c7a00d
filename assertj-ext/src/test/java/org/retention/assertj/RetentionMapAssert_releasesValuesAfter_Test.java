package org.retention.assertj;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.Assertions.catchNullPointerException;
import static org.assertj.core.util.FailureMessages.actualIsNull;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.RetentionMessages.retained;
import static org.retention.assertj.RetentionMessages.session;
import static org.retention.assertj.TestMaps.expectAssertionError;
import static org.retention.assertj.TestMaps.put;
import static org.retention.assertj.error.ShouldBeRemovable.shouldBeRemovable;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionMapAssert_releasesValuesAfter_Test {

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_pass_if_removing_every_key_one_by_one_releases_the_values(
      Supplier<Map<Session, Session>> maps) {
    // GIVEN
    Map<Session, Session> map = put(maps.get(), "alice", "bob");
    // WHEN
    assertThat(map).releasesValuesAfter(m -> new ArrayList<>(m.keySet()).forEach(m::remove));
    // THEN
    then(map).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_pass_if_the_removed_value_is_released_while_the_others_stay(
      Supplier<Map<Session, Session>> maps) {
    // GIVEN three sessions; only alice logs out
    Map<Session, Session> sessions = put(maps.get(), "alice", "bob", "carol");
    // WHEN
    assertThat(sessions).releasesValuesAfter(m -> m.remove(new Session("alice-key")));
    // THEN alice's session is gone; the values still in the map were not watched
    then(sessions).doesNotContainKey(new Session("alice-key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_fail_naming_the_removed_value_that_a_static_holder_still_holds(
      Supplier<Map<Session, Session>> maps) {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN alice's session is also held by an audit log; bob stays in the map
      Map<Session, Session> sessions = maps.get();
      sessions.put(new Session("alice-key"), audit.hold(new Session("alice")));
      put(sessions, "bob");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(sessions)
          .releasesValuesAfter(m -> m.remove(new Session("alice-key"))));
      // THEN only alice's session was watched, and it is explained
      then(error).hasMessageMatching(
          retained("map values", "the given removal", "1 of 1 is", session("value", "alice")));
      then(error).hasMessageContaining("    StaticHolder.held");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.retention.assertj.MapFactories#maps")
  void should_fail_if_the_removal_took_nothing_out(Supplier<Map<Session, Session>> maps) {
    // GIVEN
    Map<Session, Session> map = put(maps.get(), "alice", "bob");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map)
        .releasesValuesAfter(m -> m.remove(new Session("nobody-key"))));
    // THEN nothing was proven, so nothing passes
    then(error).hasMessage(String.format("%nExpecting map values to be collectable after the given"
        + " removal, but the given removal took nothing out of:%n  %s%nso nothing was removed, and"
        + " there is nothing to prove.", STANDARD_REPRESENTATION.toStringOf(map)));
  }

  @Test
  void should_pass_if_invalidating_a_guava_cache_releases_its_values() {
    // GIVEN
    Cache<Session, Session> cache = CacheBuilder.newBuilder().build();
    put(cache.asMap(), "alice", "bob");
    // WHEN
    assertThat(cache.asMap()).releasesValuesAfter(map -> cache.invalidateAll());
    // THEN
    then(cache.size()).isZero();
  }

  @Test
  void should_pass_if_invalidating_a_caffeine_cache_releases_its_values() {
    // GIVEN
    com.github.benmanes.caffeine.cache.Cache<Session, Session> cache =
        Caffeine.newBuilder().maximumSize(100).build();
    put(cache.asMap(), "alice", "bob");
    // WHEN
    assertThat(cache.asMap()).releasesValuesAfter(map -> cache.invalidateAll());
    // THEN
    then(cache.asMap()).isEmpty();
  }

  @Test
  void should_fail_if_a_static_holder_still_holds_an_invalidated_value() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Cache<Session, Session> cache = CacheBuilder.newBuilder().build();
      cache.put(new Session("bob-key"), audit.hold(new Session("bob")));
      // WHEN
      AssertionError error = expectAssertionError(
          () -> assertThat(cache.asMap()).releasesValuesAfter(map -> cache.invalidateAll()));
      // THEN
      then(error).hasMessageMatching(
          retained("map values", "the given removal", "1 of 1 is", session("value", "bob")));
    }
  }

  @Test
  void should_fail_if_the_removal_throws() {
    // GIVEN
    Map<Session, Session> map = put(new LinkedHashMap<>(), "alice");
    IllegalStateException closed = new IllegalStateException("cache closed");
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfter(m -> {
      throw closed;
    }));
    // THEN
    then(error).hasMessage(shouldBeRemovable("map values", "the given removal", map, closed)
        .create());
    then(error).hasMessageEndingWith(
        "but the given removal threw java.lang.IllegalStateException: cache closed.");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    Map<Session, Session> map = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfter(Map::clear));
    // THEN
    then(error).hasMessage(actualIsNull());
  }

  @Test
  void should_throw_a_NullPointerException_if_the_removal_is_null() {
    // GIVEN
    Map<Session, Session> map = put(new HashMap<>(), "alice");
    // WHEN
    NullPointerException thrown =
        catchNullPointerException(() -> assertThat(map).releasesValuesAfter(null));
    // THEN
    then(thrown).hasMessage("removal");
    then(map).as("nothing was removed").hasSize(1);
  }
}
