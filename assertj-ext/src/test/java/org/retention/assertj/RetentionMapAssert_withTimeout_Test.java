package org.retention.assertj;

import static org.assertj.core.api.Assertions.catchIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchNullPointerException;
import static org.assertj.core.api.BDDAssertions.then;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.RetentionMessages.retained;
import static org.retention.assertj.RetentionMessages.session;
import static org.retention.assertj.TestMaps.expectAssertionError;
import static org.retention.assertj.TestMaps.put;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionMapAssert_withTimeout_Test {

  @Test
  void should_return_the_same_assertion_to_chain() {
    // GIVEN
    RetentionMapAssert<Session, Session> assertion = assertThat(put(new HashMap<>(), "alice"));
    // WHEN
    RetentionMapAssert<Session, Session> result = assertion.withTimeout(Duration.ofSeconds(30));
    // THEN
    then(result).isSameAs(assertion);
  }

  @Test
  void should_pass_within_the_timeout_if_the_values_are_released() {
    // GIVEN
    Map<Session, Session> map = put(new HashMap<>(), "alice");
    // WHEN
    assertThat(map).withTimeout(Duration.ofSeconds(30)).releasesValuesAfterClear();
    // THEN
    then(map).isEmpty();
  }

  @Test
  void should_still_report_a_retained_value_as_retained() {
    try (StaticHolder audit = StaticHolder.open()) {
      // GIVEN
      Map<String, Session> map = new HashMap<>(Map.of("k", audit.hold(new Session("bob"))));
      // WHEN
      AssertionError error = expectAssertionError(
          () -> assertThat(map).withTimeout(Duration.ofSeconds(30)).releasesValuesAfterClear());
      // THEN
      then(error).hasMessageMatching(
          retained("map values", "clear()", "1 of 1 is", session("value", "bob")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PT0S", "PT-1S"})
  void should_reject_a_timeout_that_is_not_positive(String timeout) {
    // GIVEN
    RetentionMapAssert<Session, Session> assertion = assertThat(put(new HashMap<>(), "alice"));
    // WHEN
    IllegalArgumentException thrown =
        catchIllegalArgumentException(() -> assertion.withTimeout(Duration.parse(timeout)));
    // THEN
    then(thrown).hasMessage("timeout must be positive, but was " + timeout);
  }

  @Test
  void should_reject_a_null_timeout() {
    // GIVEN
    RetentionMapAssert<Session, Session> assertion = assertThat(put(new HashMap<>(), "alice"));
    // WHEN
    NullPointerException thrown = catchNullPointerException(() -> assertion.withTimeout(null));
    // THEN
    then(thrown).hasMessage("timeout");
  }
}
