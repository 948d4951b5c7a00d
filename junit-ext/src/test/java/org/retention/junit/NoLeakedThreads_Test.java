package org.retention.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;
import org.retention.core.report.ThreadDetails;

/** {@code @NoLeakedThreads}: leaked threads fail their own test, and only theirs. */
class NoLeakedThreads_Test {
  /** What stops every thread a fixture leaked; run after each test. */
  static final Queue<Runnable> STOP = new ConcurrentLinkedQueue<>();
  static volatile CountDownLatch together;

  @AfterEach
  void stop_leaked_threads() {
    for (Runnable stop = STOP.poll(); stop != null; stop = STOP.poll()) {
      stop.run();
    }
  }

  static Thread leak(String name) {
    Thread thread = new Thread(NoLeakedThreads_Test::park, name);
    thread.start();
    STOP.add(thread::interrupt);
    return thread;
  }

  static void park() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException stopped) {
      // the test's cleanup
    }
  }

  @NoLeakedThreads(linger = "200ms")
  static class LeakingFixture {
    @Test void blockedOnLatch() {
      leak("latch-waiter");
    }

    @Test void fixedPoolNeverShutDown() {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      pool.submit(() -> { });
      STOP.add(pool::shutdownNow);
    }

    @Test void timerNeverCancelled() {
      Timer timer = new Timer();
      timer.schedule(new TimerTask() {
        @Override public void run() { }
      }, 60_000);
      STOP.add(timer::cancel);
    }

    @Test @NoLeakedThreads(linger = "50ms") void outlivesTheLinger() throws InterruptedException {
      Thread slow = new Thread(() -> sleep(2_000), "slow-worker");
      slow.start();
      STOP.add(slow::interrupt);
    }
  }

  static Thread aliveBefore;

  @NoLeakedThreads(linger = "2s")
  static class CleanFixture {
    @Test void poolShutDown() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      pool.submit(() -> { }).get();
      pool.shutdown();
    }

    @Test void endsWithinTheLinger() {
      new Thread(() -> sleep(100), "quick-worker").start();
    }

    @Test void parallelStream() {
      assertThat(IntStream.range(0, 100_000).parallel().map(i -> i % 7).sum()).isPositive();
    }

    @Test void threadAliveBefore() {
      assertThat(aliveBefore.isAlive()).isTrue();
    }

    @Test @NoLeakedThreads(ignoring = {"ignored-.*", "other"}) void ignoring() {
      leak("ignored-worker");
    }

    @Test @SkipRetentionCheck("a known leak") void skipped() {
      leak("skipped-worker");
    }
  }

  @NoLeakedThreads(linger = "100ms")
  static class StoppedInAfterAllFixture {
    static Thread worker;

    @BeforeAll static void start() {
      worker = new Thread(NoLeakedThreads_Test::park, "class-worker");
      worker.start();
    }

    @Test void runs() { }

    @AfterAll static void stop() throws InterruptedException {
      worker.interrupt();
      worker.join();
    }
  }

  @NoLeakedThreads(linger = "100ms")
  static class NotStoppedFixture {
    @BeforeAll static void start() {
      leak("class-leak");
    }

    @Test void runs() { }

    @Test void leaksItself() {
      leak("method-leak");
    }
  }

  @NoLeakedThreads(linger = "100ms")
  static class ParallelFixture {
    @Test void clean1() { meet(null); }
    @Test void leak1() { meet("parallel-leak-1"); }
    @Test void clean2() { meet(null); }
    @Test void leak2() { meet("parallel-leak-2"); }
    @Test void clean3() { meet(null); }
    @Test void leak3() { meet("parallel-leak-3"); }
    @Test void clean4() { meet(null); }
    @Test void leak4() { meet("parallel-leak-4"); }

    private static void meet(String leaked) {
      if (leaked != null) {
        leak(leaked);
      }
      together.countDown();
      try {
        // Only to make the tests overlap; no verdict depends on it.
        together.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static class UnannotatedFixture {
    @Test void leaksWithoutAnnotation() {
      leak("unannotated-leak");
    }
  }

  @Test
  void should_name_a_thread_blocked_on_a_latch_with_its_frames_and_its_start() {
    // WHEN
    Events events = Fixtures.run(LeakingFixture.class);
    // THEN
    assertThat(Fixtures.failureOf(events, "blockedOnLatch"))
        .startsWith("Expecting every thread that the test started to end within 200 ms, but 1"
            + " still runs:")
        .contains("\"latch-waiter\" (WAITING, not a daemon)")
        .contains("at java.util.concurrent.CountDownLatch.await(CountDownLatch.java:")
        .contains("started at " + NoLeakedThreads_Test.class.getName() + ".leak("
            + "NoLeakedThreads_Test.java:")
        .contains("at " + LeakingFixture.class.getName() + ".blockedOnLatch(NoLeakedThreads_Test.java:");
  }

  @Test
  void should_name_the_workers_of_a_fixed_pool_never_shut_down() {
    // WHEN
    Events events = Fixtures.run(LeakingFixture.class);
    // THEN
    assertThat(Fixtures.failureOf(events, "fixedPoolNeverShutDown"))
        .containsPattern("\"pool-\\d+-thread-1\" \\(WAITING, not a daemon\\), a ThreadPoolExecutor"
            + " worker")
        .contains("at java.util.concurrent.ThreadPoolExecutor.getTask(ThreadPoolExecutor.java:")
        .contains("started at " + LeakingFixture.class.getName() + ".fixedPoolNeverShutDown(");
  }

  @Test
  void should_name_the_thread_of_a_timer_never_cancelled() {
    // WHEN
    Events events = Fixtures.run(LeakingFixture.class);
    // THEN
    assertThat(Fixtures.failureOf(events, "timerNeverCancelled"))
        .containsPattern("\"Timer-\\d+\" \\(TIMED_WAITING, not a daemon\\), the thread of a"
            + " java.util.Timer")
        .contains("at java.util.TimerThread.mainLoop(Timer.java:");
  }

  @Test
  void should_name_a_thread_that_outlives_a_short_linger() {
    // WHEN
    Events events = Fixtures.run(LeakingFixture.class);
    // THEN
    assertThat(Fixtures.failureOf(events, "outlivesTheLinger"))
        .contains("to end within 50 ms")
        .contains("\"slow-worker\" (TIMED_WAITING, not a daemon)")
        .contains("at java.lang.Thread.sleep(");
  }

  @Test
  void should_pass_threads_that_end_were_alive_before_are_ignored_or_skipped() {
    // GIVEN
    aliveBefore = leak("alive-before");
    // WHEN
    Events events = Fixtures.run(CleanFixture.class);
    // THEN
    events.assertStatistics(stats -> stats.succeeded(6).failed(0));
  }

  @Test
  void should_pass_a_class_whose_thread_is_stopped_in_after_all() {
    // WHEN
    Events containers = Fixtures.containers(StoppedInAfterAllFixture.class);
    // THEN
    containers.assertThatEvents().haveExactly(1, event(
        container(StoppedInAfterAllFixture.class), finishedSuccessfully()));
  }

  @Test
  void should_fail_the_class_for_a_thread_not_stopped_and_not_blame_a_test_thread_twice() {
    // WHEN
    Events containers = Fixtures.containers(NotStoppedFixture.class);
    Events tests = Fixtures.run(NotStoppedFixture.class);
    // THEN
    containers.assertThatEvents().haveExactly(1, event(container(NotStoppedFixture.class),
        finishedWithFailure(message(m -> m.startsWith("Expecting every thread that the class"
            + " started to end within 100 ms, but 1 still runs:")
            && m.contains("\"class-leak\" (WAITING, not a daemon)")
            && !m.contains("method-leak")))));
    assertThat(Fixtures.failureOf(tests, "leaksItself")).contains("\"method-leak\"")
        .doesNotContain("class-leak");
  }

  @Test
  void should_blame_each_thread_only_on_the_test_that_started_it_in_a_parallel_run() {
    // GIVEN
    together = new CountDownLatch(8);
    // WHEN
    Events events = Fixtures.run(ParallelFixture.class, Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "8"));
    // THEN
    assertThat(events.succeeded().stream().map(NoLeakedThreads_Test::method))
        .containsExactlyInAnyOrder("clean1", "clean2", "clean3", "clean4");
    assertThat(events.failed().stream().map(NoLeakedThreads_Test::method))
        .containsExactlyInAnyOrder("leak1", "leak2", "leak3", "leak4");
    events.failed().stream().forEach(event -> assertThat(failure(event))
        .contains("but 1 still runs:")
        .contains("\"parallel-leak-" + method(event).substring(4) + "\""));
  }

  @Test
  void should_check_every_test_without_annotation_when_configured() {
    // WHEN
    Events events = Fixtures.run(UnannotatedFixture.class, Map.of(
        NoLeakedThreads.MODE_PROPERTY_NAME, "check", NoLeakedThreads.LINGER_PROPERTY_NAME, "100ms",
        "junit.jupiter.extensions.autodetection.enabled", "true"));
    // THEN
    assertThat(Fixtures.failureOf(events, "leaksWithoutAnnotation"))
        .contains("\"unannotated-leak\" (WAITING, not a daemon)");
  }

  @Test
  void should_record_a_threads_check_with_a_fingerprint_that_a_baseline_accepts()
      throws IOException {
    // GIVEN
    Fixtures.run(LeakingFixture.class);
    // WHEN
    CheckRecord recorded = Fixtures.recorded("blockedOnLatch");
    // THEN
    assertThat(recorded.kind()).isEqualTo(CheckKind.THREADS);
    assertThat(recorded.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(((ThreadDetails) recorded.details()).threads()).singleElement()
        .satisfies(thread -> {
          assertThat(thread.name()).isEqualTo("latch-waiter");
          assertThat(thread.state()).isEqualTo("WAITING");
        });
    String fingerprint = recorded.leaks().get(0).fingerprint();
    assertThat(fingerprint).matches("\\p{XDigit}{16}");
    CheckRecord judged = new LeakBaseline(Path.of("retention-baseline.txt"),
        Map.of(fingerprint, "TICKET-9: the waiter is stopped by the suite")).judge(recorded);
    assertThat(judged.verdict()).isEqualTo(CheckVerdict.ACCEPTED);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stopped) {
      // the test's cleanup
    }
  }

  private static String failure(Event event) {
    return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()
        .getMessage();
  }

  private static String method(Event event) {
    String name = event.getTestDescriptor().getDisplayName();
    return name.substring(0, name.indexOf('('));
  }
}
