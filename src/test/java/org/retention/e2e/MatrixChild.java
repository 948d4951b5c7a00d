package org.retention.e2e;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.probe.RetainedObject;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;
import org.retention.samples.plugin.BuggyPluginHost;
import org.retention.samples.plugin.FixedPluginHost;
import org.retention.samples.plugin.PluginScenario;

/**
 * The main of every child JVM of {@link CollectorMatrixTest}: runs each {@link Scenario} once, in
 * order, and prints one line per scenario, {@code RESULT <scenario> <outcome> <detail>}, where
 * the outcome is {@code passed}, {@code failed} (an AssertionError, its message as the detail),
 * {@code error} (anything else thrown), or a probe's verdict ({@code RELEASED}, {@code RETAINED},
 * {@code INCONCLUSIVE}).
 */
public final class MatrixChild {
  /** Strong references that make the leaking scenarios leak; emptied after each scenario. */
  private static final List<Object> LEAKED = new ArrayList<>();
  /** The GC MXBeans that count young-only collections. */
  private static final Set<String> YOUNG_COLLECTION_BEANS =
      Set.of("Copy", "PS Scavenge", "G1 Young Generation", "ZGC Minor Cycles");
  private static final int SAMPLED = 10;

  private MatrixChild() {}

  /** Runs every scenario and prints its outcome. */
  public static void main(String[] args) {
    for (Scenario scenario : Scenario.values()) {
      String outcome;
      try {
        outcome = scenario.run();
      } catch (AssertionError failure) {
        outcome = "failed " + oneLine(failure.getMessage());
      } catch (Throwable unexpected) {
        outcome = "error " + oneLine(unexpected.toString());
      } finally {
        LEAKED.clear();
      }
      System.out.println(ChildRun.RESULT + scenario.name() + " " + outcome);
    }
  }

  /** Each case, with the outcome a collecting VM must give named in the constant. */
  enum Scenario {
    CLEAN_VALUES(asserting(
        () -> assertThat(Fixtures.values("session", 1_000)).releasesValuesAfterClear())),
    LEAKING_VALUES(asserting(() -> {
      Map<String, Object> map = Fixtures.values("session", 1_000);
      LEAKED.add(map.get("session-7"));
      assertThat(map).releasesValuesAfterClear();
    })),
    /**
     * Values that several full collections moved to the old generation before the clear: a
     * young-only collection leaves them in place, so it must never count as proof.
     */
    OLD_VALUES(() -> {
      Map<String, Object> map = Fixtures.values("session", 1_000);
      Fixtures.promoteToOldGeneration();
      List<WeakReference<Object>> sample = sample(map);
      String[] young = {""};
      assertThat(map).releasesValuesAfter(cleared -> {
        cleared.clear();
        young[0] = youngOnlyCollection(sample);
      });
      return "passed " + young[0];
    }),
    OLD_LEAKING_VALUES(asserting(() -> {
      Map<String, Object> map = Fixtures.values("session", 1_000);
      LEAKED.add(map.get("session-999"));
      Fixtures.promoteToOldGeneration();
      assertThat(map).releasesValuesAfterClear();
    })),
    CLEAN_KEYS(asserting(() -> assertThat(Fixtures.keys("user", 500)).releasesKeysAfterClear())),
    LEAKING_KEYS(asserting(() -> {
      Map<String, Object> map = Fixtures.keys("user", 500);
      LEAKED.add(Fixtures.keyNamed(map, "user-3"));
      assertThat(map).releasesKeysAfterClear();
    })),
    CLEAN_ENTRIES(asserting(
        () -> assertThat(Fixtures.keys("user", 500)).releasesEntriesAfterClear())),
    LEAKING_ENTRIES(asserting(() -> {
      Map<String, Object> map = Fixtures.keys("user", 500);
      LEAKED.add(map.get("user-42"));
      assertThat(map).releasesEntriesAfterClear();
    })),
    CLEAN_CONCURRENT_MAP(asserting(
        () -> assertThat(new ConcurrentHashMap<>(Fixtures.values("session", 1_000)))
            .releasesValuesAfterClear())),
    LEAKING_CONCURRENT_MAP(asserting(() -> {
      Map<String, Object> map = new ConcurrentHashMap<>(Fixtures.values("session", 1_000));
      LEAKED.add(map.get("session-500"));
      assertThat(map).releasesValuesAfterClear();
    })),
    /** Small boxed integers live in the Integer cache: misuse, refused before any collection. */
    CONSTANTS(asserting(() -> {
      Map<String, Integer> map = new HashMap<>();
      for (int i = 0; i < 3; i++) {
        map.put("count-" + i, i);
      }
      assertThat(map).releasesValuesAfterClear();
    })),
    PROBE_RELEASED(() -> describe(probeOfSessions(false).awaitRelease(Duration.ofSeconds(30)))),
    PROBE_RETAINED(() -> describe(probeOfSessions(true).awaitRelease(Duration.ofSeconds(30)))),
    /** Class unloading: each replaced plugin version's class loader must be collectable. */
    PLUGIN_RELOADED(asserting(
        () -> PluginScenario.assertReloadReleasesOldVersions(new FixedPluginHost()))),
    /** The replaced versions stay subscribed to a static event bus: three loaders leak. */
    PLUGIN_RELOAD_LEAK(asserting(
        () -> PluginScenario.assertReloadReleasesOldVersions(new BuggyPluginHost())));

    private final Supplier<String> run;

    Scenario(Supplier<String> run) {
      this.run = run;
    }

    /** Runs the case; returns its outcome and detail, or throws the assertion's error. */
    String run() {
      return run.get();
    }
  }

  /** A scenario whose outcome is "passed" unless {@code assertion} throws. */
  private static Supplier<String> asserting(Runnable assertion) {
    return () -> {
      assertion.run();
      return "passed";
    };
  }

  /** Two sessions watched by a probe; "bob's session" is leaked when asked. */
  private static RetentionProbe probeOfSessions(boolean leakBob) {
    RetentionProbe.Builder builder = RetentionProbe.builder();
    builder.watch("session", new StringBuilder("alice"), "alice's session");
    Object bob = new StringBuilder("bob");
    builder.watch("session", bob, "bob's session");
    if (leakBob) {
      LEAKED.add(bob);
    }
    return builder.build();
  }

  private static String describe(RetentionVerdict verdict) {
    return verdict.outcome() + " retained=" + verdict.retained().stream()
        .map(RetainedObject::description)
        .collect(Collectors.joining(",", "[", "]"))
        + " collector=" + verdict.collector()
        + " reason=" + oneLine(verdict.inconclusiveReason());
  }

  private static List<WeakReference<Object>> sample(Map<String, Object> map) {
    List<WeakReference<Object>> sample = new ArrayList<>();
    for (int i = 0; i < SAMPLED; i++) {
      sample.add(new WeakReference<>(map.get("session-" + i * 97)));
    }
    return sample;
  }

  /**
   * Allocates garbage until a young-only collection has happened and no whole-heap one, then
   * says how many of the sampled (unreachable, old) values it left uncollected.
   */
  private static String youngOnlyCollection(List<WeakReference<Object>> sample) {
    List<GarbageCollectorMXBean> young = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(bean -> YOUNG_COLLECTION_BEANS.contains(bean.getName()))
        .toList();
    if (young.isEmpty()) {
      return "young-only-collection=none(single-generation collector)";
    }
    GcCoordinator gc = GcCoordinator.shared();
    long fullBefore = gc.fullCollectionCount();
    long youngBefore = count(young);
    long budget = 4L * Runtime.getRuntime().maxMemory();
    for (long allocated = 0; count(young) == youngBefore && allocated < budget; allocated += 4096) {
      sink = new byte[4096];
    }
    sink = null;
    if (count(young) == youngBefore || gc.fullCollectionCount() != fullBefore) {
      return "young-only-collection=none(a full collection intervened or none happened)";
    }
    long uncollected = sample.stream().filter(reference -> !reference.refersTo(null)).count();
    return "young-only-collection=" + uncollected + "/" + sample.size() + "-uncollected";
  }

  private static long count(List<GarbageCollectorMXBean> beans) {
    return beans.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }

  /** Keeps the garbage of {@link #youngOnlyCollection} from being optimised away. */
  @SuppressWarnings("unused")
  private static volatile Object sink;

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replace("\r", "").replace("\n", " | ");
  }
}
