package org.retention.samples;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's main job: shows what a user sees when a map releases its values and when it
 * does not.
 */
public final class Demo {
  private static final List<Object> AUDIT_LOG = new ArrayList<>();

  private Demo() {}

  /** Prints a passing and a failing verdict. */
  public static void main(String[] args) {
    System.out.println("== A cache that releases its values");
    Map<String, StringBuilder> cache = filledCache();
    assertThat(cache).releasesValuesAfterClear();
    System.out.println("   passed: every value was collected after clear()");

    System.out.println("== A cache whose values are also kept in a static audit log");
    Map<String, StringBuilder> leaky = filledCache();
    AUDIT_LOG.add(leaky.get("session-17"));
    try {
      assertThat(leaky).releasesValuesAfterClear();
      System.out.println("   passed (unexpected!)");
    } catch (AssertionError expected) {
      System.out.println("   failed, as a test would:" + expected.getMessage().indent(3));
    }
  }

  private static Map<String, StringBuilder> filledCache() {
    Map<String, StringBuilder> cache = new HashMap<>();
    for (int i = 0; i < 1_000; i++) {
      cache.put("session-" + i, new StringBuilder("session-" + i));
    }
    return cache;
  }
}
