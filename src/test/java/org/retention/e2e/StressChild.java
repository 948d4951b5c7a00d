package org.retention.e2e;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.retention.core.explain.ExplainSettings;

/**
 * The main of every child JVM of {@link CollectorStressTest}: gives many verdicts, first one at
 * a time, then from {@value #THREADS} threads at once (half of them leaking in each round), and
 * prints their tally, {@code STRESS verdicts=N leaks=L wrong=W inconclusive=I} (L of the N maps
 * leaked), after one {@code WRONG} line per wrong verdict. A verdict is wrong when a releasing map fails or a leaking map passes
 * or names anything but its own leaked object.
 *
 * <p>Arguments: the number of sequential rounds, then of concurrent rounds.
 */
public final class StressChild {
  /** The prefix of the tally line. */
  static final String TALLY = "STRESS ";
  static final int THREADS = 8;
  private static final int SIZE = 200;
  private static final String INCONCLUSIVE = "no verdict could be given";

  private static final AtomicInteger verdicts = new AtomicInteger();
  private static final AtomicInteger leaks = new AtomicInteger();
  private static final AtomicInteger wrong = new AtomicInteger();
  private static final AtomicInteger inconclusive = new AtomicInteger();

  private StressChild() {}

  /** Runs the rounds and prints the tally. */
  public static void main(String[] args) throws Exception {
    // Verdicts are what this counts; a heap dump per leak would only slow it down, and the
    // collector matrix already proves the explanations on every collector.
    System.setProperty(ExplainSettings.EXPLAIN, "false");
    int sequentialRounds = Integer.parseInt(args[0]);
    int concurrentRounds = Integer.parseInt(args[1]);
    for (int round = 0; round < sequentialRounds; round++) {
      sequentialRound(round);
    }
    concurrentRounds(concurrentRounds);
    System.out.println(TALLY + "verdicts=" + verdicts + " leaks=" + leaks + " wrong=" + wrong
        + " inconclusive=" + inconclusive);
  }

  /** Cycles through values, keys, entries, a ConcurrentHashMap and old values, leaking or not. */
  private static void sequentialRound(int round) {
    String prefix = "s" + round;
    boolean leaking = (round / 5) % 2 == 1;
    List<Object> held = new ArrayList<>();
    switch (round % 5) {
      case 0 -> {
        Map<String, Object> map = Fixtures.values(prefix, SIZE);
        holdIf(leaking, held, map.get(prefix + "-7"));
        judge(leaking, "value \"" + prefix + "-7\"", "1 of 200 ",
            () -> assertThat(map).releasesValuesAfterClear());
      }
      case 1 -> {
        Map<String, Object> map = Fixtures.keys(prefix, SIZE);
        holdIf(leaking, held, Fixtures.keyNamed(map, prefix + "-3"));
        judge(leaking, "key \"" + prefix + "-3\"", "1 of 200 ",
            () -> assertThat(map).releasesKeysAfterClear());
      }
      case 2 -> {
        Map<String, Object> map = Fixtures.keys(prefix, SIZE);
        holdIf(leaking, held, map.get(prefix + "-42"));
        judge(leaking, "value \"profile-42\"", "1 of 400 ",
            () -> assertThat(map).releasesEntriesAfterClear());
      }
      case 3 -> {
        Map<String, Object> map = new ConcurrentHashMap<>(Fixtures.values(prefix, SIZE));
        holdIf(leaking, held, map.get(prefix + "-100"));
        judge(leaking, "value \"" + prefix + "-100\"", "1 of 200 ",
            () -> assertThat(map).releasesValuesAfterClear());
      }
      default -> {
        Map<String, Object> map = Fixtures.values(prefix, SIZE);
        holdIf(leaking, held, map.get(prefix + "-199"));
        Fixtures.promoteToOldGeneration();
        judge(leaking, "value \"" + prefix + "-199\"", "1 of 200 ",
            () -> assertThat(map).releasesValuesAfterClear());
      }
    }
    held.clear();
  }

  /**
   * {@value #THREADS} threads start each round together; in each round every other thread leaks
   * one value of its own map, and the threads swap roles from round to round.
   */
  private static void concurrentRounds(int rounds) throws InterruptedException {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.add(new Thread(() -> {
        for (int round = 0; round < rounds; round++) {
          awaitTogether(start);
          String prefix = "t" + thread + "r" + round;
          boolean leaking = (thread + round) % 2 == 1;
          Map<String, Object> map = Fixtures.values(prefix, SIZE);
          List<Object> held = new ArrayList<>();
          holdIf(leaking, held, map.get(prefix + "-5"));
          judge(leaking, "value \"" + prefix + "-5\"", "1 of 200 ",
              () -> assertThat(map).releasesValuesAfterClear());
          held.clear();
        }
      }, "stress-" + t));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private static void holdIf(boolean leaking, List<Object> held, Object object) {
    if (leaking) {
      held.add(object);
    }
  }

  /**
   * Runs one assertion and tallies its verdict: a leaking map must fail naming exactly its own
   * leaked object ({@code named}) and count ({@code count}); a releasing map must pass.
   */
  private static void judge(boolean leaking, String named, String count, Runnable assertion) {
    verdicts.incrementAndGet();
    if (leaking) {
      leaks.incrementAndGet();
    }
    String failure = null;
    try {
      assertion.run();
    } catch (AssertionError e) {
      failure = String.valueOf(e.getMessage());
    }
    if (failure != null && failure.contains(INCONCLUSIVE)) {
      inconclusive.incrementAndGet();
      report("INCONCLUSIVE", leaking, failure);
    } else if (leaking ? failure == null || !failure.contains(named) || !failure.contains(count)
        : failure != null) {
      wrong.incrementAndGet();
      report("WRONG", leaking, failure);
    }
  }

  private static void report(String what, boolean leaking, String failure) {
    System.out.println(what + " " + (leaking ? "leaking" : "releasing") + " map: "
        + (failure == null ? "passed" : failure.strip().replace("\n", " | ")));
  }

  private static void awaitTogether(CyclicBarrier barrier) {
    try {
      barrier.await(5, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("the stress threads lost each other", e);
    }
  }
}
