package org.retention.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.retention.core.CheckResult;
import org.retention.core.ThreadLeakCheck;

/**
 * What a passing thread-leak check costs one test: open the check, mark the test's thread, end
 * the marking and check, when the test started no thread; with the VM's usual threads, then with
 * 100 more parked threads alive; and what the first marking costs once per JVM (JFR's start).
 *
 * <pre>{@code
 * java -cp <benchmarks classpath> org.retention.benchmarks.ThreadLeakBenchmark
 * }</pre>
 */
public final class ThreadLeakBenchmark {
  private static final int WARM_UP = 2_000;
  private static final int RUNS = 5;
  private static final int CHECKS_PER_RUN = 2_000;

  private ThreadLeakBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    long first = System.nanoTime();
    oneCheck();
    System.out.printf("first check of the JVM (starts JFR unless startedAt=off): %.1f ms%n",
        (System.nanoTime() - first) / 1e6);
    for (int i = 0; i < WARM_UP; i++) {
      oneCheck();
    }
    System.out.printf("no thread started, %d threads alive: %s%n", liveThreads(), runs());
    CountDownLatch end = new CountDownLatch(1);
    List<Thread> parked = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Thread thread = new Thread(() -> await(end), "parked-" + i);
      thread.start();
      parked.add(thread);
    }
    System.out.printf("no thread started, %d threads alive: %s%n", liveThreads(), runs());
    end.countDown();
    for (Thread thread : parked) {
      thread.join();
    }
  }

  /** Median and worst of the runs, microseconds per check. */
  private static String runs() {
    double[] perCheck = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      for (int i = 0; i < CHECKS_PER_RUN; i++) {
        oneCheck();
      }
      perCheck[run] = (System.nanoTime() - start) / 1e3 / CHECKS_PER_RUN;
    }
    Arrays.sort(perCheck);
    return String.format("median %.1f us, worst %.1f us per check", perCheck[RUNS / 2],
        perCheck[RUNS - 1]);
  }

  private static void oneCheck() {
    ThreadLeakCheck check = ThreadLeakCheck.startedBy("the test")
        .lingering(Duration.ofSeconds(1)).reportedAs("bench", "no threads");
    try (ThreadLeakCheck.Marking marking = check.mark()) {
      Integer.toString(42); // the test, which starts no thread
    }
    CheckResult result = check.check();
    if (result.failed()) {
      throw new AssertionError(result.failureMessage());
    }
  }

  private static int liveThreads() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root.activeCount();
  }

  private static void await(CountDownLatch end) {
    try {
      end.await();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }
}
