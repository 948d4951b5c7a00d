package org.retention.samples.threads;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.retention.junit.NoLeakedThreads;

class ThreadsScenarioTest {

  @Test
  void buggy_pool_is_caught_naming_its_evictor() {
    assertThatThrownBy(ThreadsScenario.POOL.buggy()::run)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting every thread that the pool started to end within 500 ms,"
            + " but 1 still runs:")
        .hasMessageMatching("(?s).*\"conn-pool-evictor-\\d+\" \\(TIMED_WAITING, daemon\\).*")
        .hasMessageContaining("at java.lang.Thread.sleep(")
        .hasMessageContaining("started at " + BuggyConnectionPool.class.getName() + ".<init>(");
  }

  @Test
  @NoLeakedThreads
  void fixed_pool_stops_its_evictor() {
    ThreadsScenario.POOL.fixed().run();
  }

  @Test
  void buggy_mailer_is_caught_naming_its_executor_workers() {
    assertThatThrownBy(ThreadsScenario.EXECUTOR.buggy()::run)
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching("(?s).*\"pool-\\d+-thread-1\" \\(WAITING, not a daemon\\),"
            + " a ThreadPoolExecutor worker.*")
        .hasMessageContaining("started at " + ReportMailer.class.getName() + ".send(");
  }

  @Test
  @NoLeakedThreads
  void fixed_mailer_shuts_its_executor_down() {
    ThreadsScenario.EXECUTOR.fixed().run();
  }

  @Test
  void buggy_heartbeat_is_caught_naming_its_timer() {
    assertThatThrownBy(ThreadsScenario.TIMER.buggy()::run)
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching("(?s).*\"Timer-\\d+\" \\((TIMED_)?WAITING, not a daemon\\),"
            + " the thread of a java.util.Timer.*")
        .hasMessageContaining("at java.util.TimerThread.mainLoop(Timer.java:");
  }

  @Test
  @NoLeakedThreads
  void fixed_heartbeat_cancels_its_timer() {
    ThreadsScenario.TIMER.fixed().run();
  }
}
