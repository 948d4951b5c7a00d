package org.retention.assertj;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;
import static org.assertj.core.util.FailureMessages.actualIsNull;
import static org.retention.assertj.RetentionMessages.retained;
import static org.retention.assertj.RetentionMessages.session;
import static org.retention.assertj.TestMaps.put;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSoftAssertions_Test {

  @Test
  void should_collect_every_failed_retention_assertion_with_its_message() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<String, Session> values = new HashMap<>(Map.of("k", audit.hold(new Session("bob"))));
      Map<Session, String> keys = new HashMap<>(Map.of(audit.hold(new Session("carol")), "v"));
      RetentionSoftAssertions softly = new RetentionSoftAssertions();
      // WHEN
      softly.assertThat(values).releasesValuesAfterClear();
      softly.assertThat(keys).releasesKeysAfterClear();
      // THEN
      // Soft assertions end each message with the line of the test that failed.
      String location = "at RetentionSoftAssertions_Test\\."
          + "should_collect_every_failed_retention_assertion_with_its_message"
          + "\\(RetentionSoftAssertions_Test\\.java:\\d+\\)";
      then(softly.errorsCollected()).hasSize(2);
      then(softly.errorsCollected().get(0)).hasMessageMatching(
          retained("map values", "clear()", "1 of 1 is", session("value", "bob")) + location);
      then(softly.errorsCollected().get(1)).hasMessageMatching(
          retained("map keys", "clear()", "1 of 1 is", session("key", "carol")) + location);
    }
  }

  @Test
  void should_fail_assertSoftly_once_with_both_retention_failures() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<String, Session> first = new HashMap<>(Map.of("k", audit.hold(new Session("bob"))));
      Map<String, Session> second = new HashMap<>(Map.of("k", audit.hold(new Session("carol"))));
      // WHEN
      Throwable thrown = catchThrowable(() -> RetentionSoftAssertions.assertSoftly(softly -> {
        softly.assertThat(first).as("first").releasesValuesAfterClear();
        softly.assertThat(second).as("second").releasesValuesAfterClear();
      }));
      // THEN
      then(thrown).isInstanceOf(AssertionError.class)
          .hasMessageContaining("Multiple Failures (2 failures)")
          .hasMessageContaining("[first] ")
          .hasMessageFindingMatch(session("value", "bob"))
          .hasMessageContaining("[second] ")
          .hasMessageFindingMatch(session("value", "carol"));
    }
  }

  @Test
  void should_pass_assertSoftly_when_every_map_releases_its_values() {
    // GIVEN
    Map<Session, Session> map = put(new HashMap<>(), "alice");
    // WHEN
    RetentionSoftAssertions.assertSoftly(softly -> softly.assertThat(map)
        .hasSize(1).releasesValuesAfterClear().footprintAfterClear().isLessThan(512));
    // THEN
    then(map).isEmpty();
  }

  @Test
  void should_keep_chaining_after_a_soft_failure() {
    // GIVEN
    Map<Session, Session> map = put(new HashMap<>(), "alice");
    RetentionSoftAssertions softly = new RetentionSoftAssertions();
    // WHEN
    softly.assertThat(map).as("sessions").hasSize(5).releasesValuesAfterClear();
    // THEN
    then(softly.errorsCollected()).singleElement(as(THROWABLE))
        .hasMessageStartingWith("[sessions] ")
        .hasMessageContaining("Expected size: 5 but was: 1")
        .hasMessageContaining("at RetentionSoftAssertions_Test.should_keep_chaining_after_a_soft_failure(");
    then(map).as("the retention assertion still ran").isEmpty();
  }

  @Test
  void should_collect_a_failed_footprint_assertion() {
    // GIVEN
    Map<Integer, Integer> map = new HashMap<>();
    for (int i = 0; i < 1_000; i++) {
      map.put(i, i);
    }
    RetentionSoftAssertions softly = new RetentionSoftAssertions();
    // WHEN
    softly.assertThat(map).as("big map").footprintAfterClear().isLessThan(64).isPositive();
    // THEN
    then(softly.errorsCollected()).singleElement(as(THROWABLE))
        .hasMessageStartingWith("[footprint in bytes of big map after clear()] ")
        .hasMessageContaining("to be less than:");
  }

  @Test
  void should_collect_the_failure_of_a_footprint_on_a_null_map_without_throwing() {
    // GIVEN
    Map<Integer, Integer> map = null;
    RetentionSoftAssertions softly = new RetentionSoftAssertions();
    // WHEN
    Throwable thrown =
        catchThrowable(() -> softly.assertThat(map).footprintAfterClear().isLessThan(64));
    // THEN
    then(thrown).isNull();
    then(softly.errorsCollected()).extracting(Throwable::getMessage)
        .first(as(STRING)).startsWith(actualIsNull());
  }
}
