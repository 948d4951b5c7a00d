package org.retention.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A baseline must hold the commonest listener leak: its fingerprint may change only when the leak
 * changes. Five JVMs with five class-loading orders on JDK 17, and the same five on JDK 25, give
 * each shape (lambda, bound method reference, proxy, anonymous class) one fingerprint, and no path
 * shows an address.
 */
class FingerprintsEndToEndTest {
  private static final List<String> SHAPES =
      List.of("LAMBDA", "METHOD_REFERENCE", "PROXY", "ANONYMOUS_CLASS");
  private static final int SEEDS = 5;

  @Test
  void should_give_each_leak_shape_one_fingerprint_across_jvms_and_jdks() {
    // GIVEN
    JvmSetup jdk17 = setup("17");
    JvmSetup jdk25 = setup("25");
    assumeTrue(jdk17.available() && jdk25.available(), "needs JDK 17 and JDK 25");
    List<CompletableFuture<ChildRun>> runs = new ArrayList<>();
    for (JvmSetup setup : List.of(jdk17, jdk25)) {
      for (int seed = 1; seed <= SEEDS; seed++) {
        runs.add(ChildJvms.start(setup, Duration.ofMinutes(2), FingerprintChild.class,
            String.valueOf(seed)));
      }
    }
    // WHEN
    Map<String, Set<String>> fingerprints = new TreeMap<>();
    for (CompletableFuture<ChildRun> future : runs) {
      ChildRun run = future.join();
      assertThat(run.exitCode()).as(run::transcript).isZero();
      for (String shape : SHAPES) {
        String result = run.results().get(shape);
        assertThat(result).as(run::transcript).isNotNull().doesNotStartWith("passed")
            .doesNotStartWith("none");
        // THEN no address in the path: neither a hidden class's nor an identity hash
        assertThat(result).as(run::transcript).doesNotContainPattern("0x\\p{XDigit}+")
            .doesNotContainPattern("\\$\\$Lambda\\$?\\d*[/+]");
        fingerprints.computeIfAbsent(shape, s -> new TreeSet<>()).add(result.substring(0, 16));
      }
    }
    // THEN
    assertThat(fingerprints).containsOnlyKeys(SHAPES);
    fingerprints.forEach((shape, found) ->
        assertThat(found).as("fingerprints of the %s leak in 10 JVMs", shape).hasSize(1));
  }

  private static JvmSetup setup(String jdk) {
    return JvmSetup.matrix().stream()
        .filter(setup -> setup.jdk().equals(jdk) && setup.collector().equals("G1")
            && !setup.explicitGcDisabled())
        .findFirst().orElseThrow();
  }
}
