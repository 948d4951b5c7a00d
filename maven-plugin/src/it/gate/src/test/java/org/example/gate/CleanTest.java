package org.example.gate;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanTest {
  @Test
  void clear_releases_values() {
    Map<String, StringBuilder> cache = new HashMap<>();
    cache.put("a", new StringBuilder("a"));
    assertThat(cache).releasesValuesAfterClear();
  }
}
