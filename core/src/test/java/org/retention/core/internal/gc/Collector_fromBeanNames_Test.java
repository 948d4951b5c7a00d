package org.retention.core.internal.gc;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Collector_fromBeanNames_Test {

  /** The GC MXBean names each collector registers on JDK 17 and 25. */
  static Stream<Arguments> beanNames() {
    return Stream.of(
        Arguments.of(Set.of("Copy", "MarkSweepCompact"), Collector.SERIAL),
        Arguments.of(Set.of("PS Scavenge", "PS MarkSweep"), Collector.PARALLEL),
        Arguments.of(Set.of("G1 Young Generation", "G1 Old Generation"), Collector.G1),
        Arguments.of(Set.of("G1 Young Generation", "G1 Concurrent GC", "G1 Old Generation"),
            Collector.G1),
        Arguments.of(Set.of("ZGC Cycles", "ZGC Pauses"), Collector.ZGC),
        Arguments.of(Set.of("ZGC Minor Cycles", "ZGC Minor Pauses", "ZGC Major Cycles",
            "ZGC Major Pauses"), Collector.ZGC),
        Arguments.of(Set.of("Shenandoah Cycles", "Shenandoah Pauses"), Collector.SHENANDOAH),
        Arguments.of(Set.of("Epsilon Heap"), Collector.EPSILON),
        Arguments.of(Set.of("Some Future GC"), Collector.UNKNOWN),
        Arguments.of(Set.of(), Collector.UNKNOWN));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("beanNames")
  void should_recognise_the_collector_from_its_bean_names(Set<String> names, Collector expected) {
    then(Collector.fromBeanNames(names)).isEqualTo(expected);
  }

  @Test
  void should_not_take_a_young_collection_bean_alone_for_a_collector() {
    then(Collector.fromBeanNames(Set.of("G1 Young Generation"))).isEqualTo(Collector.UNKNOWN);
    then(Collector.fromBeanNames(Set.of("ZGC Minor Cycles"))).isEqualTo(Collector.UNKNOWN);
  }

  @Test
  void should_need_two_increments_only_for_concurrent_collectors() {
    then(Stream.of(Collector.values()).filter(Collector::isConcurrent))
        .containsExactlyInAnyOrder(Collector.ZGC, Collector.SHENANDOAH);
  }

  @Test
  void should_trust_only_known_collecting_collectors() {
    then(Stream.of(Collector.values()).filter(collector -> !collector.collects()))
        .containsExactlyInAnyOrder(Collector.EPSILON, Collector.UNKNOWN);
  }

  @Test
  void should_recognise_the_collector_of_this_vm() {
    then(Collector.current().collects()).as("the tests run on a collecting GC").isTrue();
  }
}
