package org.retention.samples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;
import org.retention.samples.audit.AuditScenario;
import org.retention.samples.caches.CachesScenario;
import org.retention.samples.checkout.CheckoutScenario;
import org.retention.samples.eventbus.EventBusScenario;
import org.retention.samples.footprint.FootprintScenario;
import org.retention.samples.memo.MemoScenario;
import org.retention.samples.plugin.PluginScenario;
import org.retention.samples.pool.PoolScenario;
import org.retention.samples.race.RaceScenario;
import org.retention.samples.registry.RegistryScenario;
import org.retention.samples.spring.SpringScenario;
import org.retention.samples.threadlocal.ThreadLocalScenario;
import org.retention.samples.threads.ThreadsScenario;
import org.retention.samples.tracehook.TraceHookScenario;
import org.retention.samples.weakhashmap.WeakHashMapScenario;

/**
 * The README's main job: runs each sample's regression check on the version a team shipped and
 * prints what the test report would show, then runs the same checks on the fixed versions.
 * Exits with status 1 when a sample does not behave as it should (a leak missed, a fix failing).
 *
 * <pre>
 * mvn -q -B -Pdemo verify -DskipTests
 * </pre>
 */
public final class Demo {
  /** Every sample, in the order of the README. */
  public static final List<LeakScenario> SCENARIOS = List.of(
      AuditScenario.SCENARIO,
      EventBusScenario.SCENARIO,
      PoolScenario.SCENARIO,
      ThreadLocalScenario.SCENARIO,
      WeakHashMapScenario.SCENARIO,
      RaceScenario.SCENARIO,
      FootprintScenario.SCENARIO,
      CachesScenario.GUAVA,
      CachesScenario.CAFFEINE,
      TraceHookScenario.SCENARIO,
      RegistryScenario.SCENARIO,
      PluginScenario.SCENARIO,
      MemoScenario.SCENARIO,
      CheckoutScenario.SCENARIO,
      ThreadsScenario.POOL,
      ThreadsScenario.EXECUTOR,
      ThreadsScenario.TIMER,
      SpringScenario.SCENARIO);

  private static final int TITLE_WIDTH = 64;
  private static final String MESSAGE_INDENT = "      ";

  private final PrintStream out;
  private int surprises;

  private Demo(PrintStream out) {
    this.out = out;
  }

  /** Runs the demo; exits with status 1 when a sample misbehaves. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Demo demo = new Demo(System.out);
    demo.run();
    demo.out.printf(Locale.ROOT, "%n%d samples, total %,d ms%n",
        SCENARIOS.size(), millisSince(start));
    if (demo.surprises > 0) {
      demo.out.printf(Locale.ROOT, "%d sample(s) did not behave as described above%n",
          demo.surprises);
      System.exit(1);
    }
  }

  /** The VM's collectors, as its management beans name them. */
  private static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
  }

  private void run() {
    out.printf(Locale.ROOT, "Retention demo: leaks teams ship, as their regression tests report"
            + " them%nJava %s, collectors: %s, max heap %,d MB%n",
        Runtime.version(), collectors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));

    out.printf("%nTHE SHIPPED VERSIONS: each regression test run on the code as it shipped%n");
    for (int i = 0; i < SCENARIOS.size(); i++) {
      LeakScenario scenario = SCENARIOS.get(i);
      Outcome outcome = Outcome.of(scenario.buggy());
      boolean expected = outcome.failure() != null == scenario.buggyLeaks();
      String verdict = outcome.failure() != null ? "LEAK CAUGHT" : "no leak";
      line(i, scenario.title(), expected ? verdict : verdict + " (unexpected!)", outcome);
      if (outcome.failure() != null) {
        out.println(indented(outcome.failure().getMessage()));
      } else {
        out.println(MESSAGE_INDENT + "passes: every value became collectable, no leak here");
      }
      count(expected);
    }

    out.printf("%nTHE FIXED VERSIONS: the same tests%n");
    for (int i = 0; i < SCENARIOS.size(); i++) {
      LeakScenario scenario = SCENARIOS.get(i);
      Outcome outcome = Outcome.of(scenario.fixed());
      line(i, "fix: " + scenario.fix(), outcome.failure() == null ? "passes" : "FAILS", outcome);
      if (outcome.failure() != null) {
        out.println(indented(outcome.failure().getMessage()));
      }
      count(outcome.failure() == null);
    }
  }

  private void line(int index, String title, String verdict, Outcome outcome) {
    out.printf(Locale.ROOT, "%2d  %-" + TITLE_WIDTH + "s %-13s %,6d ms%n",
        index + 1, title, verdict, outcome.millis());
  }

  private void count(boolean expected) {
    if (!expected) {
      surprises++;
    }
  }

  /** The message as a test report shows it, without blank lines, indented under its heading. */
  private static String indented(String message) {
    StringBuilder text = new StringBuilder();
    message.lines().map(String::stripTrailing).filter(line -> !line.isEmpty())
        .forEach(line -> text.append(MESSAGE_INDENT).append(line).append(System.lineSeparator()));
    return text.toString().stripTrailing();
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** What a check did: null failure when it passed. */
  private record Outcome(AssertionError failure, long millis) {
    static Outcome of(Runnable check) {
      long start = System.nanoTime();
      try {
        check.run();
        return new Outcome(null, millisSince(start));
      } catch (AssertionError failure) {
        return new Outcome(failure, millisSince(start));
      }
    }
  }
}
