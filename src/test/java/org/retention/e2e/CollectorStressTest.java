package org.retention.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of verdicts per collecting JDK × collector cell, one at a time and from
 * {@value StressChild#THREADS} threads at once, none of which may be wrong or inconclusive. Too
 * slow for every build, so it is tagged {@value #TAG} and left out of the default suite; run it
 * with:
 *
 * <pre>
 * mvn -B -ntp verify -pl e2e -am -Dretention.stress=true
 * </pre>
 *
 * <p>System properties {@value #ROUNDS} (default 200) and {@value #CONCURRENT_ROUNDS} (default 25,
 * times {@value StressChild#THREADS} threads) size each cell.
 */
@Tag(CollectorStressTest.TAG)
class CollectorStressTest {
  /** The JUnit tag that keeps this test out of the default suite. */
  static final String TAG = "stress";
  /** The system property with the number of sequential verdicts per cell. */
  static final String ROUNDS = "retention.stress.rounds";
  /** The system property with the number of concurrent rounds per cell. */
  static final String CONCURRENT_ROUNDS = "retention.stress.concurrentRounds";

  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(15);
  private static final Pattern TALLY = Pattern.compile(
      "^" + StressChild.TALLY + "verdicts=(\\d+) leaks=(\\d+) wrong=(\\d+) inconclusive=(\\d+)$");
  private static final int ROUND_COUNT = Integer.getInteger(ROUNDS, 200);
  private static final int CONCURRENT_ROUND_COUNT = Integer.getInteger(CONCURRENT_ROUNDS, 25);
  private static final Map<JvmSetup, CompletableFuture<ChildRun>> RUNS = new LinkedHashMap<>();

  static List<JvmSetup> setups() {
    return JvmSetup.collecting().toList();
  }

  @BeforeAll
  static void startEveryChild() {
    for (JvmSetup setup : setups()) {
      if (setup.available()) {
        RUNS.put(setup, ChildJvms.start(setup, CHILD_TIMEOUT, StressChild.class,
            String.valueOf(ROUND_COUNT), String.valueOf(CONCURRENT_ROUND_COUNT)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setups")
  void no_verdict_is_wrong(JvmSetup setup) {
    assumeTrue(setup.available(), () -> "JDK " + setup.jdk() + " is not installed at "
        + setup.javaHome());
    ChildRun run = RUNS.get(setup).join();
    Matcher tally = run.output().stream()
        .map(TALLY::matcher)
        .filter(Matcher::matches)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tally from the child: " + run.transcript()));
    long verdicts = Long.parseLong(tally.group(1));
    long leaks = Long.parseLong(tally.group(2));
    long wrong = Long.parseLong(tally.group(3));
    long inconclusive = Long.parseLong(tally.group(4));
    // The counts are this test's product: print them for the run's log.
    System.out.printf("stress %-45s verdicts=%d (leaking %d) wrong=%d inconclusive=%d in %d s%n",
        setup, verdicts, leaks, wrong, inconclusive, run.elapsed().toSeconds());

    assertThat(run.exitCode()).as(run::transcript).isZero();
    assertThat(verdicts).as(run::transcript)
        .isEqualTo(ROUND_COUNT + (long) CONCURRENT_ROUND_COUNT * StressChild.THREADS);
    assertThat(leaks).as("leaking maps among the verdicts").isPositive().isLessThan(verdicts);
    assertThat(wrong).as(run::transcript).isZero();
    assertThat(inconclusive).as(run::transcript).isZero();
  }
}
