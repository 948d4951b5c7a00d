package org.retention.core.internal.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retention.core.internal.gc.GcUnavailableException;

class LiveInstances_count_Test {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Types that exist only in this test, so that no other code creates instances of them. */
  private interface Shape {}

  private static class Base implements Shape {}

  private static final class Square extends Base {}

  private static final class Circle implements Shape {}

  @Test
  void counts_held_instances_with_subclasses_and_not_dropped_ones() throws GcUnavailableException {
    List<Object> held = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      held.add(new Base());
      held.add(new Square());
      held.add(new Circle());
      new Square();   // garbage at once
    }

    InstanceCounts counts = LiveInstances.count(
        List.of(Shape.class, Base.class, Square.class, Circle.class, Base[].class), TIMEOUT);

    assertThat(counts.of(Shape.class)).isEqualTo(300);
    assertThat(counts.of(Base.class)).isEqualTo(200);
    assertThat(counts.of(Square.class)).isEqualTo(100);
    assertThat(counts.of(Circle.class)).isEqualTo(100);
    assertThat(counts.of(Base[].class)).isZero();
    assertThat(held).hasSize(300);
  }

  @Test
  void counts_nothing_once_instances_are_unreachable() throws GcUnavailableException {
    List<Object> held = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      held.add(new Square());
    }
    held.clear();

    assertThat(LiveInstances.count(List.of(Base.class), TIMEOUT).of(Base.class)).isZero();
  }

  @Test
  void counts_arrays_by_their_jvm_names_with_covariant_subtypes() throws GcUnavailableException {
    Object[] held = {new Square[3], new Base[2], new Square[1]};

    InstanceCounts counts = LiveInstances.count(List.of(Base[].class, Square[].class), TIMEOUT);

    assertThat(counts.of(Base[].class)).isEqualTo(3);
    assertThat(counts.of(Square[].class)).isEqualTo(2);
    assertThat(held).hasSize(3);
  }

  @Test
  void rejects_primitive_types_and_unasked_classes() throws GcUnavailableException {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LiveInstances.count(List.of(int.class), TIMEOUT))
        .withMessage("int is a primitive type: it has no instances to count");
    InstanceCounts counts = LiveInstances.count(List.of(Circle.class), TIMEOUT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> counts.of(Square.class))
        .withMessage(Square.class.getName() + " was not counted");
  }
}
