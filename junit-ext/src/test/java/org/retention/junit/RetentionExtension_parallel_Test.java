package org.retention.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.junit.Fixtures.LEAKED;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Concurrent tests share the VM's full collections, and each keeps its own verdict. */
class RetentionExtension_parallel_Test {
  private static final Map<String, String> CONCURRENT = Map.of(
      "junit.jupiter.execution.parallel.enabled", "true",
      "junit.jupiter.execution.parallel.mode.default", "concurrent",
      "junit.jupiter.execution.parallel.config.strategy", "fixed",
      "junit.jupiter.execution.parallel.config.fixed.parallelism", "8");

  /** Lets the eight fixture tests reach their checks together; reset before each run. */
  static volatile CountDownLatch together;

  @AfterEach
  void forgetLeaks() {
    LEAKED.clear();
  }

  @NoRetentionAfter
  static class HalfLeakingFixture {
    @Test void clean1(RetentionTracker t) { track(t, false); }
    @Test void leak1(RetentionTracker t) { track(t, true); }
    @Test void clean2(RetentionTracker t) { track(t, false); }
    @Test void leak2(RetentionTracker t) { track(t, true); }
    @Test void clean3(RetentionTracker t) { track(t, false); }
    @Test void leak3(RetentionTracker t) { track(t, true); }
    @Test void clean4(RetentionTracker t) { track(t, false); }
    @Test void leak4(RetentionTracker t) { track(t, true); }

    private static void track(RetentionTracker tracker, boolean leak) {
      for (int i = 0; i < 50; i++) {
        Object object = tracker.track(new StringBuilder("object " + i));
        if (leak && i == 17) {
          LEAKED.add(object);
        }
      }
      together.countDown();
      try {
        // Only to make the checks overlap; the verdicts never depend on it.
        together.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @RepeatedTest(10)
  void exactly_the_leaking_half_fails_every_time() {
    together = new CountDownLatch(8);

    Events events = Fixtures.run(HalfLeakingFixture.class, CONCURRENT);

    assertThat(events.succeeded().stream().map(RetentionExtension_parallel_Test::method))
        .containsExactlyInAnyOrder("clean1", "clean2", "clean3", "clean4");
    assertThat(events.failed().stream().map(RetentionExtension_parallel_Test::method))
        .containsExactlyInAnyOrder("leak1", "leak2", "leak3", "leak4");
    assertThat(events.failed().stream().map(event -> event
            .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage()))
        .allSatisfy(message -> assertThat(message)
            .contains(" 1 of 50 is still reachable after ")
            .endsWith("  object \"object 17\" (java.lang.StringBuilder)"));
  }

  private static String method(Event event) {
    String name = event.getTestDescriptor().getDisplayName();
    return name.substring(0, name.indexOf('('));
  }
}
