package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.text.ExplanationMessages;

/** A path through a lambda or a proxy reads in words, and never shows an address. */
class RetentionExplainer_generatedNames_Test {
  static final List<Object> LISTENERS = new ArrayList<>();

  @AfterEach
  void forget() {
    LISTENERS.clear();
  }

  @Test
  void should_show_a_lambda_step_as_the_lambda_and_what_it_captures() {
    // WHEN
    Explanation explanation = Leaks.explain(() -> {
      StringBuilder session = new StringBuilder("session");
      Supplier<String> listener = () -> session.toString();
      LISTENERS.add(listener);
      return session;
    });
    // THEN
    assertThat(ExplanationMessages.of(explanation))
        .contains("lambda in " + getClass().getName() + " (captures arg$1)")
        .doesNotContainPattern("0x\\p{XDigit}");
  }

  @Test
  void should_show_a_path_through_a_proxy_without_a_number_or_an_address() {
    // WHEN
    Explanation explanation = Leaks.explain(() -> {
      StringBuilder session = new StringBuilder("session");
      Object proxy = Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {Runnable.class}, (self, method, args) -> session);
      LISTENERS.add(proxy);
      return session;
    });
    // THEN
    assertThat(ExplanationMessages.of(explanation)).contains("Proxy.h", "lambda in " + getClass().getName())
        .doesNotContainPattern("0x\\p{XDigit}").doesNotContainPattern("\\$Proxy\\d");
  }
}
