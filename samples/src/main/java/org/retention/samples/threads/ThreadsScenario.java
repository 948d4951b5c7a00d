package org.retention.samples.threads;

import java.time.Duration;
import java.util.function.Supplier;
import org.retention.core.CheckResult;
import org.retention.core.ThreadLeakCheck;
import org.retention.samples.LeakScenario;

/** The thread-leak samples: their regression checks, and their runs in the demo. */
public final class ThreadsScenario {
  /** The pool whose evictor outlives {@code close()}, then the fixed one. */
  public static final LeakScenario POOL = LeakScenario.leak(
      "Connection pool closed, its evictor thread left running",
      "close() stops the evictor and joins it",
      () -> assertUseLeavesNoThread(BuggyConnectionPool::new),
      () -> assertUseLeavesNoThread(FixedConnectionPool::new));

  /** The mailer whose executor is never shut down, then the fixed close. */
  public static final LeakScenario EXECUTOR = LeakScenario.leak(
      "Executor never shut down",
      "close shuts the executor down",
      () -> assertMailerLeavesNoThread(false),
      () -> assertMailerLeavesNoThread(true));

  /** The heartbeat whose timer is never cancelled, then the fixed stop. */
  public static final LeakScenario TIMER = LeakScenario.leak(
      "Timer task cancelled, the Timer itself never",
      "stop cancels the timer",
      () -> assertHeartbeatLeavesNoThread(false),
      () -> assertHeartbeatLeavesNoThread(true));

  private ThreadsScenario() {}

  /**
   * The regression test of the pool: opening, leasing and closing leaves no thread running. The
   * pool is opened inside the check: a thread is blamed on the code that started it.
   */
  public static void assertUseLeavesNoThread(Supplier<BuggyConnectionPool> opening) {
    BuggyConnectionPool[] pool = new BuggyConnectionPool[1];
    assertLeavesNoThread("the pool", () -> {
      try (ConnectionPool used = opening.get()) {
        pool[0] = (BuggyConnectionPool) used;
        used.lease().send("ping");
      }
    }, () -> pool[0].evictor.interrupt());
  }

  /** The regression test of the mailer: sending and closing leaves no thread running. */
  public static void assertMailerLeavesNoThread(boolean fixed) {
    ReportMailer[] mailer = new ReportMailer[1];
    assertLeavesNoThread("the mailer", () -> {
      mailer[0] = new ReportMailer();
      mailer[0].send("daily");
      if (fixed) {
        mailer[0].closeAndShutDown();
      } else {
        mailer[0].close();
      }
    }, () -> mailer[0].senders.shutdownNow());
  }

  /** The regression test of the heartbeat: starting and stopping leaves no thread running. */
  public static void assertHeartbeatLeavesNoThread(boolean fixed) {
    Heartbeat[] heartbeat = new Heartbeat[1];
    assertLeavesNoThread("the heartbeat", () -> {
      heartbeat[0] = new Heartbeat();
      heartbeat[0].start();
      if (fixed) {
        heartbeat[0].stopAndCancelTimer();
      } else {
        heartbeat[0].stop();
      }
    }, () -> heartbeat[0].timer.cancel());
  }

  /**
   * Runs {@code use} under a thread-leak check; then stops what it leaked, so that neither the demo
   * nor the test suite runs on with it.
   */
  private static void assertLeavesNoThread(String what, Runnable use, Runnable stopLeftovers) {
    ThreadLeakCheck check = ThreadLeakCheck.startedBy(what).lingering(Duration.ofMillis(500))
        .reportedAs("samples", what);
    try {
      try (ThreadLeakCheck.Marking marking = check.mark()) {
        use.run();
      }
      CheckResult result = check.check();
      if (result.failed()) {
        throw new AssertionError(result.failureMessage());
      }
    } finally {
      stopLeftovers.run();
    }
  }
}
