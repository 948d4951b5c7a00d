package org.retention.core.internal.heap;

import org.retention.core.internal.text.ExplanationMessages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.RetentionPath;
import org.retention.core.probe.RetentionProbe;

/**
 * What a retained object retains: what it alone keeps alive, and not what something else holds
 * too, whether that is a field of another object, an array's element, a static field or another
 * retained object.
 */
class RetentionExplainer_retainedSize_Test {
  /** Bigger than any object here but the payloads: a size above it includes a payload. */
  private static final int PAYLOAD = 4096;

  static final List<Object> LEAKED = new ArrayList<>();
  static final List<Object> ELSEWHERE = new ArrayList<>();
  static Object sharedByStatic;

  @AfterEach
  void forget() {
    LEAKED.clear();
    ELSEWHERE.clear();
    sharedByStatic = null;
  }

  @Test
  void a_payload_only_the_object_holds_is_retained() {
    List<RetentionPath> paths = explain(holders(1, payload -> { }));

    assertThat(paths).singleElement()
        .satisfies(path -> assertThat(path.retainedBytes()).isGreaterThan(PAYLOAD));
  }

  @Test
  void a_payload_a_field_of_another_object_holds_is_not() {
    List<RetentionPath> paths = explain(holders(1, payload -> ELSEWHERE.add(new Holder(payload))));

    assertThat(paths).singleElement()
        .satisfies(path -> assertThat(path.retainedBytes()).isPositive().isLessThan(PAYLOAD));
  }

  @Test
  void a_payload_an_array_element_holds_is_not() {
    List<RetentionPath> paths = explain(holders(1,
        payload -> ELSEWHERE.add(new Object[] {"padding", payload})));

    assertThat(paths).singleElement()
        .satisfies(path -> assertThat(path.retainedBytes()).isPositive().isLessThan(PAYLOAD));
  }

  @Test
  void a_payload_a_static_field_holds_is_not() {
    List<RetentionPath> paths = explain(holders(1, payload -> sharedByStatic = payload));

    assertThat(paths).singleElement()
        .satisfies(path -> assertThat(path.retainedBytes()).isPositive().isLessThan(PAYLOAD));
  }

  @Test
  void a_payload_two_retained_objects_share_is_retained_by_neither() {
    List<RetentionPath> paths = explain(() -> {
      byte[] payload = new byte[PAYLOAD];
      Holder first = new Holder(payload);
      Holder second = new Holder(payload);
      LEAKED.add(first);
      LEAKED.add(second);
      return new Object[] {first, second};
    });

    assertThat(paths).hasSize(2)
        .allSatisfy(path -> assertThat(path.retainedBytes()).isPositive().isLessThan(PAYLOAD));
  }

  @Test
  void each_of_many_retained_objects_retains_its_own_payload() {
    List<RetentionPath> paths = explain(holders(RetentionExplainer.MAX_EXPLAINED, payload -> { }));

    assertThat(paths).hasSize(RetentionExplainer.MAX_EXPLAINED)
        .allSatisfy(path -> assertThat(path.retainedBytes()).isGreaterThan(PAYLOAD));
  }

  /** Leaks {@code count} holders of a payload each, which {@code share} may hold elsewhere too. */
  private static Maker holders(int count, Consumer<byte[]> share) {
    return () -> {
      Object[] holders = new Object[count];
      for (int i = 0; i < count; i++) {
        Holder holder = new Holder(new byte[PAYLOAD]);
        share.accept(holder.payload);
        LEAKED.add(holder);
        holders[i] = holder;
      }
      return holders;
    };
  }

  /** Makes the objects to watch in its own frame, so that no frame of the test holds them. */
  @FunctionalInterface
  private interface Maker {
    Object[] make();
  }

  private static List<RetentionPath> explain(Maker leak) {
    RetentionProbe probe = watch(leak);
    Explanation explanation = RetentionExplainer.explain(probe, probe.awaitRelease(),
        ExplainSettings.DEFAULTS);
    assertThat(explanation.paths()).as(ExplanationMessages.of(explanation)).isNotEmpty();
    return explanation.paths();
  }

  private static RetentionProbe watch(Maker leak) {
    RetentionProbe.Builder probe = RetentionProbe.builder();
    for (Object object : leak.make()) {
      probe.watch("value", object, null);
    }
    return probe.build();
  }

  record Holder(byte[] payload) {}
}
