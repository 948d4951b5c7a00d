package org.retention.assertj;

import org.retention.core.probe.DescribeMode;
import static org.assertj.core.api.BDDAssertions.then;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.TestMaps.expectAssertionError;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.retention.core.internal.text.Descriptions;

/**
 * With {@code retention.describe=classNames}, for suites whose objects hold secrets, no message
 * shows a watched object's {@code toString()} or the map's contents, misuse messages included.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class RetentionMapAssert_classNamesMode_Test {

  @BeforeEach
  void classNamesOnly() {
    System.setProperty(DescribeMode.KEY, "classNames");
  }

  @AfterEach
  void restore() {
    System.clearProperty(DescribeMode.KEY);
  }

  @Test
  void should_name_jvm_constants_by_class_only() {
    // GIVEN
    Map<String, Object> map = new HashMap<>(Map.of("secret-key", "secret-literal"));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessageContaining("value #0 (java.lang.String), kept by the JVM's string table")
        .hasMessageNotContaining("secret");
  }

  @Test
  void should_not_show_the_keys_of_a_map_with_only_null_values() {
    // GIVEN
    Map<String, Object> map = new HashMap<>();
    map.put("secret-key", null);
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).releasesValuesAfterClear());
    // THEN
    then(error).hasMessageContaining("but there are none in:")
        .hasMessageContaining("java.util.HashMap")
        .hasMessageNotContaining("secret");
  }

  @Test
  void should_not_show_the_message_of_what_the_removal_threw() {
    // GIVEN a removal whose exception carries user data
    Map<String, Object> map = new HashMap<>(Map.of("key", new Object()));
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map)
        .releasesValuesAfter(m -> {
          throw new IllegalStateException("secret-token expired");
        }));
    // THEN only the exception's class is named
    then(error).hasMessageContaining("the given removal threw java.lang.IllegalStateException.")
        .hasMessageNotContaining("secret");
  }

  @Test
  void should_not_show_the_message_of_what_clear_threw_before_a_footprint() {
    // GIVEN
    Map<String, Object> map = new HashMap<>(Map.of("key", new Object())) {
      @Override
      public void clear() {
        throw new IllegalStateException("secret-token expired");
      }
    };
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(map).footprintAfterClear());
    // THEN
    then(error).hasMessageContaining("clear() threw java.lang.IllegalStateException.")
        .hasMessageNotContaining("secret");
  }
}
