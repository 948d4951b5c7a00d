package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.Fingerprints;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.RetentionPath;
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
    assertThat(ExplanationMessages.of(explanation))
        .contains("    proxy of java.lang.Runnable" + System.lineSeparator(),
            "lambda in " + getClass().getName())
        .doesNotContainPattern("0x\\p{XDigit}").doesNotContainPattern("\\$Proxy\\d");
  }

  @Test
  void should_name_every_interface_of_a_proxy_by_name() {
    // WHEN
    Explanation explanation = proxyLeak(Supplier.class, Runnable.class);
    // THEN
    assertThat(explanation.paths()).singleElement().satisfies(path ->
        assertThat(path.steps()).extracting(step -> step.text())
            .contains("proxy of java.lang.Runnable, java.util.function.Supplier"));
  }

  @Test
  void should_keep_the_handler_field_of_a_proxy_of_interfaces_without_methods() {
    // WHEN a proxy of a marker interface: its class holds no method to name the interface by
    Explanation explanation = proxyLeak(Marker.class);
    // THEN
    assertThat(explanation.paths()).singleElement().satisfies(path ->
        assertThat(path.steps()).extracting(step -> step.text()).contains("Proxy.h"));
  }

  @Test
  void should_give_a_proxy_the_fingerprint_of_its_handler_field() {
    // WHEN
    Explanation explanation = proxyLeak(Runnable.class);
    // THEN the words name the interface; the fingerprint, as ever, the Proxy.h field
    RetentionPath path = explanation.paths().get(0);
    List<PathStep> asBefore = path.steps().stream().map(step -> new PathStep(step.holderClass(),
        step.field(), step.arrayIndex(), step.kind())).toList();
    assertThat(asBefore).extracting(step -> step.text()).contains("Proxy.h");
    assertThat(path.fingerprint()).isEqualTo(
        Fingerprints.of(path.root(), asBefore, path.object().className()));
  }

  /** Explains a session that a listener proxy of {@code interfaces} holds through its handler. */
  private static Explanation proxyLeak(Class<?>... interfaces) {
    return Leaks.explain(() -> {
      StringBuilder session = new StringBuilder("session");
      LISTENERS.add(Proxy.newProxyInstance(RetentionExplainer_generatedNames_Test.class
          .getClassLoader(), interfaces, (self, method, args) -> session));
      return session;
    });
  }

  /** An interface with no method. */
  interface Marker {}
}
