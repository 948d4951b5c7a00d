package org.retention.core.internal.heap;

import org.retention.core.internal.text.ExplanationMessages;
import org.retention.core.explain.Explanation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A leak's fingerprint names the chain of classes and fields, nothing that varies. */
class RetentionExplainer_fingerprint_Test {
  static final List<Object> AUDIT = new ArrayList<>();
  static final List<Object> HISTORY = new ArrayList<>();

  @AfterEach
  void forget() {
    AUDIT.clear();
    HISTORY.clear();
  }

  @Test
  void the_same_leak_has_the_same_fingerprint_whatever_its_array_index() {
    String first = fingerprint(AUDIT, 0);
    AUDIT.clear();
    String second = fingerprint(AUDIT, 5);

    assertThat(first).matches("\\p{XDigit}{16}").isEqualTo(second);
  }

  @Test
  void different_leaks_have_different_fingerprints() {
    String audit = fingerprint(AUDIT, 0);
    String history = fingerprint(HISTORY, 0);

    assertThat(audit).isNotEqualTo(history);
  }

  @Test
  void the_fingerprint_is_printed_with_the_path() {
    Explanation explanation = Leaks.explain(() -> leak(AUDIT, 2));

    assertThat(ExplanationMessages.of(explanation))
        .contains("  leak fingerprint: " + explanation.fingerprints().get(0));
  }

  private static String fingerprint(List<Object> list, int padding) {
    Explanation explanation = Leaks.explain(() -> leak(list, padding));
    assertThat(explanation.paths().get(0).steps().get(1).arrayIndex()).isEqualTo(padding);
    return explanation.fingerprints().get(0);
  }

  private static Object leak(List<Object> list, int padding) {
    for (int i = 0; i < padding; i++) {
      list.add("padding");
    }
    Object leaked = new StringBuilder("leaked");
    list.add(leaked);
    return leaked;
  }
}
