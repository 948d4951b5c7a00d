package org.retention.core.probe;

import static org.assertj.core.api.Assertions.catchNullPointerException;
import static org.assertj.core.api.BDDAssertions.then;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.retention.core.internal.gc.GcCoordinator;

class RetentionProbe_Test {

  /** Watches fresh objects in this frame, so the test's own frame never holds one. */
  private static RetentionProbe probeOfFreshObjects(int count) {
    List<Object> objects = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      objects.add(new StringBuilder("fresh-").append(i));
    }
    return RetentionProbe.watching("value", objects);
  }

  @Test
  void should_release_objects_that_nothing_holds() {
    // GIVEN
    RetentionProbe probe = probeOfFreshObjects(3);
    // WHEN
    RetentionVerdict verdict = probe.awaitRelease();
    // THEN
    then(verdict.outcome()).isEqualTo(Outcome.RELEASED);
    then(verdict.released()).isTrue();
    then(verdict.checked()).isEqualTo(3);
    then(verdict.retainedCount()).isZero();
    then(verdict.retained()).isEmpty();
    then(verdict.collector()).isEqualTo(GcCoordinator.shared().collector().displayName());
    then(verdict.inconclusiveReason()).isEmpty();
  }

  @Test
  void should_retain_held_objects_with_their_kinds_and_descriptions_after_proven_collections() {
    // GIVEN
    Object key = new StringBuilder("held-key");
    Object value = new StringBuilder("held-value");
    RetentionProbe probe = RetentionProbe.builder()
        .watch("key", key, null)
        .watch("value", new StringBuilder("released"), "a released value")
        .watch("value", value, "alice's session")
        .build();
    // WHEN
    RetentionVerdict verdict = probe.awaitRelease();
    // THEN
    then(verdict.outcome()).isEqualTo(Outcome.RETAINED);
    then(verdict.checked()).isEqualTo(3);
    then(verdict.retainedCount()).isEqualTo(2);
    then(verdict.retained()).containsExactly(
        new RetainedObject(0, "key", StringBuilder.class.getName(), "\"held-key\""),
        new RetainedObject(2, "value", StringBuilder.class.getName(), "alice's session"));
    then(verdict.fullCollections())
        .as("retained is only said after proven full collections")
        .isGreaterThanOrEqualTo(GcCoordinator.shared().incrementsProvingFreshCollection() + 1);
    Reference.reachabilityFence(key);
    Reference.reachabilityFence(value);
  }

  @Test
  void should_describe_at_most_the_first_hundred_retained_objects() {
    // GIVEN
    Object[] held = new Object[RetentionProbe.MAX_DETAILED + 20];
    Arrays.setAll(held, i -> new StringBuilder("h").append(i));
    RetentionProbe probe = RetentionProbe.watching("value", Arrays.asList(held));
    // WHEN
    RetentionVerdict verdict = probe.awaitRelease();
    // THEN
    then(verdict.retainedCount()).isEqualTo(120);
    then(verdict.retained()).hasSize(RetentionProbe.MAX_DETAILED);
    then(verdict.retained().get(99).index()).isEqualTo(99);
    Reference.reachabilityFence(held);
  }

  @Test
  void should_collect_watches_from_several_threads() throws Exception {
    // GIVEN
    RetentionProbe.Builder builder = RetentionProbe.builder();
    int threads = 8;
    int perThread = 500;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String kind = "object of thread " + t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            builder.watch(kind, new StringBuilder(kind).append(i), null);
          }
          return null;
        }));
      }
      // WHEN
      start.countDown();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    RetentionProbe probe = builder.build();
    // THEN
    then(builder.size()).isEqualTo(threads * perThread);
    then(probe.size()).isEqualTo(threads * perThread);
    then(probe.awaitRelease().outcome()).isEqualTo(Outcome.RELEASED);
  }

  @Test
  void should_skip_nulls_when_watching_an_iterable() {
    then(RetentionProbe.watching("value", Arrays.asList(null, new Object(), null)).size())
        .isEqualTo(1);
  }

  @Test
  void should_reject_a_null_object_kind_or_timeout() {
    RetentionProbe.Builder builder = RetentionProbe.builder();
    then(catchNullPointerException(() -> builder.watch("value", null, "x"))).hasMessage("object");
    then(catchNullPointerException(() -> builder.watch(null, new Object(), "x")))
        .hasMessage("kind");
    then(catchNullPointerException(() -> builder.watchAll(null, List.of()))).hasMessage("kind");
    then(catchNullPointerException(() -> probeOfFreshObjects(1).awaitRelease(null)))
        .hasMessage("timeout");
  }

  @Test
  void should_release_an_empty_probe_at_once() {
    then(RetentionProbe.builder().build().awaitRelease().outcome()).isEqualTo(Outcome.RELEASED);
  }
}
