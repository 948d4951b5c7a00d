package org.retention.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retention.e2e.MatrixChild.Scenario;
import org.retention.samples.plugin.HostEvents;
import org.retention.samples.plugin.PluginClassLoader;
import org.retention.samples.plugin.greeting.GreetingPlugin;

/**
 * Every {@link Scenario} of {@link MatrixChild} in a child JVM per JDK and collector, including
 * {@code -XX:+DisableExplicitGC} and Epsilon: each verdict and message is checked line by line.
 * All children are queued before the first test, so they run {@link ChildJvms#PARALLELISM} at a
 * time while the tests wait for their own.
 */
class CollectorMatrixTest {
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(2);
  private static final String NEVER_COLLECTS =
      "The Epsilon collector (-XX:+UseEpsilonGC) never collects garbage";
  private static final Map<JvmSetup, CompletableFuture<ChildRun>> RUNS = new LinkedHashMap<>();
  private static final Pattern FINGERPRINT = Pattern.compile("leak fingerprint: ([0-9a-f]{16})");
  /** The leaks whose fingerprint must be one and the same on every collector and JDK. */
  private static final List<Scenario> LEAKS =
      List.of(Scenario.LEAKING_VALUES, Scenario.LEAKING_KEYS, Scenario.PLUGIN_RELOAD_LEAK);

  static List<JvmSetup> setups() {
    return JvmSetup.matrix();
  }

  @BeforeAll
  static void startEveryChild() {
    for (JvmSetup setup : setups()) {
      if (setup.available()) {
        RUNS.put(setup, ChildJvms.start(setup, CHILD_TIMEOUT, MatrixChild.class));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setups")
  void every_scenario_gets_the_true_verdict(JvmSetup setup) {
    assumeTrue(setup.available(), () -> "JDK " + setup.jdk() + " is not installed at "
        + setup.javaHome() + " (set -D" + JvmSetup.JDK17_HOME + " / -D" + JvmSetup.JDK25_HOME + ")");
    ChildRun run = RUNS.get(setup).join();

    assertThat(run.exitCode()).as(run::transcript).isZero();
    Map<String, String> results = run.results();
    assertThat(results.keySet()).as(run::transcript)
        .containsExactly(Arrays.stream(Scenario.values()).map(Enum::name).toArray(String[]::new));
    SoftAssertions softly = new SoftAssertions();
    expectations(setup).forEach((scenario, expected) -> {
      String line = results.get(scenario.name());
      softly.assertThat(line).as("%s on %s", scenario, setup).startsWith(expected.outcome());
      for (String fragment : expected.fragments()) {
        softly.assertThat(line).as("%s on %s", scenario, setup).contains(fragment);
      }
    });
    softly.assertAll();
  }

  @Test
  void the_same_leak_has_the_same_fingerprint_on_every_collector_and_jdk() {
    Map<Scenario, Map<String, JvmSetup>> fingerprints = new LinkedHashMap<>();
    RUNS.forEach((setup, run) -> {
      if (setup.collects()) {
        Map<String, String> results = run.join().results();
        for (Scenario leak : LEAKS) {
          Matcher fingerprint = FINGERPRINT.matcher(results.get(leak.name()));
          assertThat(fingerprint.find()).as("%s on %s", leak, setup).isTrue();
          fingerprints.computeIfAbsent(leak, key -> new LinkedHashMap<>())
              .putIfAbsent(fingerprint.group(1), setup);
        }
      }
    });
    Set<String> seen = new HashSet<>();
    for (Scenario leak : LEAKS) {
      assertThat(fingerprints.get(leak)).as("one fingerprint per leak: %s", leak).hasSize(1);
      assertThat(seen.addAll(fingerprints.get(leak).keySet()))
          .as("different leaks, different fingerprints: %s", leak).isTrue();
    }
  }

  /** What each scenario must report on {@code setup}. */
  private static Map<Scenario, Expected> expectations(JvmSetup setup) {
    Map<Scenario, Expected> expected = new LinkedHashMap<>();
    if (!setup.collects()) {
      for (Scenario scenario : Scenario.values()) {
        expected.put(scenario, new Expected("failed ",
            "no verdict could be given: " + NEVER_COLLECTS, "after 0 proven full GCs"));
      }
      expected.put(Scenario.CONSTANTS, constantsRefused());
      expected.put(Scenario.PROBE_RELEASED, new Expected("INCONCLUSIVE ", NEVER_COLLECTS));
      expected.put(Scenario.PROBE_RETAINED, new Expected("INCONCLUSIVE ", NEVER_COLLECTS));
      return expected;
    }
    String collector = " (" + setup.collector() + ", ";
    expected.put(Scenario.CLEAN_VALUES, new Expected("passed"));
    expected.put(Scenario.LEAKING_VALUES, new Expected("failed ",
        "Expecting map values to be collectable after clear(), but 1 of 1,000 is still strongly"
            + " reachable after", collector, "  value \"session-7\" (java.lang.StringBuilder, retains ",
        HELD_BY_LEAKED));
    expected.put(Scenario.OLD_VALUES, setup.stopTheWorldGenerational()
        // The proof that the values were old: a young-only collection left every one of them.
        ? new Expected("passed young-only-collection=10/10-uncollected")
        : new Expected("passed"));
    expected.put(Scenario.OLD_LEAKING_VALUES, new Expected("failed ",
        "1 of 1,000 is still strongly reachable", collector,
        "  value \"session-999\" (java.lang.StringBuilder, retains ", HELD_BY_LEAKED));
    expected.put(Scenario.CLEAN_KEYS, new Expected("passed"));
    expected.put(Scenario.LEAKING_KEYS, new Expected("failed ",
        "Expecting map keys to be collectable after clear(), but 1 of 500 is still strongly"
            + " reachable", collector, "  key \"user-3\" (java.lang.String, retains ", HELD_BY_LEAKED));
    expected.put(Scenario.CLEAN_ENTRIES, new Expected("passed"));
    expected.put(Scenario.LEAKING_ENTRIES, new Expected("failed ",
        "Expecting map entries (keys and values) to be collectable after clear(), but 1 of 1,000"
            + " is still strongly reachable", collector,
        "  value \"profile-42\" (java.lang.StringBuilder, retains ", HELD_BY_LEAKED));
    expected.put(Scenario.CLEAN_CONCURRENT_MAP, new Expected("passed"));
    expected.put(Scenario.LEAKING_CONCURRENT_MAP, new Expected("failed ",
        "1 of 1,000 is still strongly reachable", collector,
        "  value \"session-500\" (java.lang.StringBuilder, retains ", HELD_BY_LEAKED));
    expected.put(Scenario.CONSTANTS, constantsRefused());
    expected.put(Scenario.PROBE_RELEASED,
        new Expected("RELEASED retained=[] collector=" + setup.collector() + " "));
    expected.put(Scenario.PROBE_RETAINED,
        new Expected("RETAINED retained=[bob's session] collector=" + setup.collector() + " "));
    expected.put(Scenario.PLUGIN_RELOADED, new Expected("passed"));
    expected.put(Scenario.PLUGIN_RELOAD_LEAK, new Expected("failed ",
        "Expecting map values to be collectable after clear(), but 3 of 3 are still strongly"
            + " reachable after", collector, HELD_BY_HOST_EVENTS));
    return expected;
  }

  /** Every leaking scenario's explanation: the path from the child's static list. */
  private static final String HELD_BY_LEAKED = "GC root: static field "
      + MatrixChild.class.getName() + ".LEAKED |     ArrayList.elementData |     Object[][0] |";

  /** The plugin-reload leak's explanation: through the plugin's class to its loader. */
  private static final String HELD_BY_HOST_EVENTS = "GC root: static field "
      + HostEvents.class.getName() + ".LISTENERS |     ArrayList.elementData |     Object[][0] |"
      + "     class " + GreetingPlugin.class.getName() + " |     loaded by "
      + PluginClassLoader.class.getName() + " |     -> " + PluginClassLoader.class.getName() + " |";

  private static Expected constantsRefused() {
    return new Expected("failed ", "but 3 of them are kept alive by the JVM itself",
        "value 1 (java.lang.Integer), kept by the Integer cache (valueOf keeps -128..127)");
  }

  /** A scenario's reported line must start with the outcome and contain every fragment. */
  private record Expected(String outcome, String... fragments) {}
}
