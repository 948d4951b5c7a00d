package org.retention.assertj;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.util.FailureMessages.actualIsNull;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.TestMaps.expectAssertionError;
import static org.retention.assertj.TestMaps.put;
import static org.retention.assertj.error.ShouldBeRemovable.shouldBeRemovable;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retention.core.internal.footprint.Footprint;

class RetentionMapAssert_footprintAfterClear_Test {

  /** A {@code HashMap} grows its table to the smallest power of two that keeps it 3/4 full. */
  private static int hashMapTableLength(int entries) {
    int length = 16;
    while (entries > length * 3 / 4) {
      length *= 2;
    }
    return length;
  }

  /** The bytes of one reference on this VM: 4 with compressed oops, 8 without. */
  private static long referenceSize() {
    return (Footprint.bytesOf(new Object[1_024]) - Footprint.bytesOf(new Object[0])) / 1_024;
  }

  @ParameterizedTest(name = "{0} entries")
  @CsvSource({"1000", "100000"})
  void should_measure_the_table_that_a_cleared_HashMap_keeps(int entries) {
    // GIVEN
    Map<Integer, Integer> map = new HashMap<>();
    for (int i = 0; i < entries; i++) {
      map.put(i, i);
    }
    long tableBytes = hashMapTableLength(entries) * referenceSize();
    // WHEN
    assertThat(map).footprintAfterClear().isGreaterThan(tableBytes);
    // THEN
    then(map).isEmpty();
  }

  @Test
  void should_fail_with_the_description_given_with_as_if_the_footprint_is_over_budget() {
    // GIVEN
    Map<Integer, Integer> map = new HashMap<>();
    for (int i = 0; i < 1_000; i++) {
      map.put(i, i);
    }
    // WHEN
    AssertionError error = expectAssertionError(
        () -> assertThat(map).as("session cache").footprintAfterClear().isLessThan(4_096));
    // THEN
    then(error).hasMessageMatching(String.format(
        "\\Q[footprint in bytes of session cache after clear()] \\E%n"
            + "Expecting actual:%n  \\d+L%nto be less than:%n  4096L "));
  }

  @Test
  void should_name_the_map_class_when_there_is_no_description() {
    // GIVEN
    Map<Session, Session> map = put(new HashMap<>(), "alice");
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(map).footprintAfterClear().isLessThan(1));
    // THEN
    then(error).hasMessageStartingWith("[footprint in bytes of java.util.HashMap after clear()]");
  }

  @Test
  void should_pass_for_a_fresh_small_map_within_a_small_budget() {
    // GIVEN
    Map<Session, Session> map = put(new HashMap<>(), "alice");
    // WHEN / THEN
    assertThat(map).footprintAfterClear().isLessThan(512);
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    Map<Session, Session> map = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).footprintAfterClear());
    // THEN
    then(error).hasMessage(actualIsNull());
  }

  @Test
  void should_fail_if_actual_is_unmodifiable() {
    // GIVEN
    Map<Session, Session> map = Collections.unmodifiableMap(put(new HashMap<>(), "alice"));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).footprintAfterClear());
    // THEN
    then(error).hasMessage(shouldBeRemovable("map values", "clear()", map,
        new UnsupportedOperationException()).create());
  }
}
