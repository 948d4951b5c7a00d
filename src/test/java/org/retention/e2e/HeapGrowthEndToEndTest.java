package org.retention.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code assertThatRepeated(...).doesNotLeak()} in child JVMs under {@code -XX:+DisableExplicitGC},
 * where Retention must make the VM collect without {@code System.gc()}: the clean action passes,
 * the leaking one fails with the place where its objects pile up.
 */
class HeapGrowthEndToEndTest {

  static Stream<JvmSetup> setups() {
    return JvmSetup.matrix().stream().filter(JvmSetup::explicitGcDisabled)
        .filter(setup -> setup.jdk().equals("17") || setup.collector().equals("G1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setups")
  void should_pass_a_clean_action_and_locate_a_leak_without_explicit_gc(JvmSetup setup) {
    assumeTrue(setup.available(), () -> "JDK " + setup.jdk() + " is not installed");
    // WHEN
    ChildRun run = ChildJvms.start(setup, Duration.ofMinutes(3), GrowthChild.class).join();
    // THEN
    assertThat(run.exitCode()).as(run::transcript).isZero();
    assertThat(run.results().get("CLEAN")).as(run::transcript).isEqualTo("passed");
    assertThat(run.results().get("LEAKING")).as(run::transcript)
        .startsWith("failed  | Expecting the repeated action not to leak, but objects of ")
        .contains("org.retention.e2e.GrowthChild$Order: 1 instance and ",
            "GC root: static field org.retention.e2e.GrowthChild.ORDERS",
            "ArrayList.elementData",
            "<- piles up here: java.lang.Object[] holds ",
            "-> org.retention.e2e.GrowthChild$Order",
            "leak fingerprint: ");
  }

  @Test
  void should_give_the_leak_one_fingerprint_on_every_jdk_and_collector() {
    // GIVEN
    List<JvmSetup> setups = JvmSetup.matrix().stream()
        .filter(setup -> !setup.explicitGcDisabled() && setup.available()
            && List.of("Serial", "G1", "ZGC").contains(setup.collector()))
        .toList();
    assumeTrue(setups.stream().map(JvmSetup::jdk).distinct().count() == 2, "needs JDK 17 and 25");
    Pattern fingerprint = Pattern.compile("leak fingerprint: (\\p{XDigit}{16})");
    Set<String> found = new TreeSet<>();
    for (JvmSetup setup : setups) {
      // WHEN one child JVM at a time: each dumps its heap
      ChildRun run = ChildJvms.start(setup, Duration.ofMinutes(3), GrowthChild.class).join();
      assertThat(run.exitCode()).as(run::transcript).isZero();
      Matcher leak = fingerprint.matcher(String.valueOf(run.results().get("LEAKING")));
      assertThat(leak.find()).as(run::transcript).isTrue();
      found.add(leak.group(1));
    }
    // THEN
    assertThat(found).as("fingerprints of one growth leak in %s", setups).hasSize(1);
  }
}
