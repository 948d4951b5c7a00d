package org.retention.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Measures what the extension adds to a passing test: not a unit test (no timed assertions), a
 * main to run by hand. Each round runs a one-test fixture through the Jupiter engine; the
 * difference to the plain fixture is the extension's cost.
 *
 * <pre>
 * mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl core,junit-ext
 * java -Xmx512m -cp "junit-ext/target/test-classes:junit-ext/target/classes:$(cat junit-ext/target/cp.txt)" \
 *   org.retention.junit.OverheadHarness
 * </pre>
 */
public final class OverheadHarness {
  private static final int WARMUP = 50;
  private static final int ROUNDS = 200;

  private OverheadHarness() {}

  static class Plain {
    @Test
    void test() {
      for (int i = 0; i < 10; i++) {
        new StringBuilder("object " + i);
      }
    }
  }

  static class Tracked {
    @Test
    @NoRetentionAfter
    void test(RetentionTracker tracker) {
      for (int i = 0; i < 10; i++) {
        tracker.track(new StringBuilder("object " + i));
      }
    }
  }

  static class Counted {
    @Test
    @NoRetentionAfter(instancesOf = StringBuilder.class)
    void test() {
      for (int i = 0; i < 10; i++) {
        new StringBuilder("object " + i);
      }
    }
  }

  /** Runs the harness; prints the median and 90th percentile per fixture run. */
  public static void main(String[] args) {
    for (Class<?> fixture : new Class<?>[] {Plain.class, Tracked.class, Counted.class}) {
      long[] nanos = new long[ROUNDS];
      for (int round = -WARMUP; round < ROUNDS; round++) {
        long start = System.nanoTime();
        long failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture))
            .execute().testEvents().failed().count();
        if (failed != 0) {
          throw new IllegalStateException(fixture.getSimpleName() + " failed");
        }
        if (round >= 0) {
          nanos[round] = System.nanoTime() - start;
        }
      }
      Arrays.sort(nanos);
      System.out.printf(Locale.ROOT, "%-8s median %6.2f ms   p90 %6.2f ms   (%d runs)%n",
          fixture.getSimpleName(), nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS * 9 / 10] / 1e6, ROUNDS);
    }
  }
}
