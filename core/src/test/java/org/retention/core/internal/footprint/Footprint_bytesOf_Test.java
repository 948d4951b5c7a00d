package org.retention.core.internal.footprint;

import static org.assertj.core.api.Assertions.catchNullPointerException;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.api.Test;

class Footprint_bytesOf_Test {

  @Test
  void should_count_an_array_and_its_elements() {
    // GIVEN
    Object[] array = new Object[1_024];
    long empty = Footprint.bytesOf(array);
    for (int i = 0; i < array.length; i++) {
      array[i] = new byte[16];
    }
    // WHEN
    long full = Footprint.bytesOf(array);
    // THEN
    then(empty).isGreaterThanOrEqualTo(1_024 * 4);
    then(full - empty).isGreaterThanOrEqualTo(1_024 * 16);
  }

  @Test
  void should_count_a_shared_object_once() {
    // GIVEN
    byte[] shared = new byte[4_096];
    // WHEN
    long once = Footprint.bytesOf(List.of(shared));
    long twice = Footprint.bytesOf(List.of(shared, shared));
    // THEN
    then(twice - once).as("one more reference, not one more array").isLessThan(4_096);
  }

  @Test
  void should_reject_null() {
    then(catchNullPointerException(() -> Footprint.bytesOf(null))).hasMessage("root");
  }
}
