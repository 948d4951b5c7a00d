package org.retention.core.internal.gc;

import static org.assertj.core.api.BDDAssertions.then;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetentionProbe;

class GcCoordinator_Test {
  private static final int THREADS = 16;
  private final GcCoordinator gc = GcCoordinator.shared();

  private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  private static long deadline() {
    return System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
  }

  @Test
  void should_reach_the_target_count() throws Exception {
    // GIVEN
    long target = gc.fullCollectionCount() + 1;
    // WHEN
    gc.collectUntil(target, deadline());
    // THEN
    then(gc.fullCollectionCount()).isGreaterThanOrEqualTo(target);
  }

  @Test
  void should_serve_many_concurrent_callers_with_far_fewer_collections() throws Exception {
    // GIVEN
    long before = gc.fullCollectionCount();
    long target = before + 1;
    List<Callable<Long>> callers = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      callers.add(() -> {
        gc.collectUntil(target, deadline());
        return gc.fullCollectionCount();
      });
    }
    // WHEN
    List<Long> countsSeen = runAtOnce(callers);
    // THEN
    then(countsSeen).allSatisfy(count -> then(count).isGreaterThanOrEqualTo(target));
    then(gc.fullCollectionCount() - before)
        .as("full collections for %d concurrent callers", THREADS)
        .isLessThanOrEqualTo(THREADS / 4);
  }

  @Test
  void should_give_every_concurrent_probe_its_own_correct_verdict() throws Exception {
    // GIVEN
    long before = gc.fullCollectionCount();
    Object[] held = new Object[THREADS];
    List<Callable<Outcome>> probes = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      RetentionProbe probe;
      if (i % 2 == 0) {
        held[i] = new StringBuilder("held-").append(i);
        probe = RetentionProbe.watching("value", List.of(held[i]));
      } else {
        probe = RetentionProbe.watching("value", List.of(new StringBuilder("free-").append(i)));
      }
      probes.add(() -> probe.awaitRelease(Duration.ofSeconds(30)).outcome());
    }
    // WHEN
    List<Outcome> outcomes = runAtOnce(probes);
    // THEN
    for (int i = 0; i < THREADS; i++) {
      then(outcomes.get(i)).as("probe %d", i)
          .isEqualTo(i % 2 == 0 ? Outcome.RETAINED : Outcome.RELEASED);
    }
    then(gc.fullCollectionCount() - before)
        .as("full collections shared by %d probes", THREADS)
        .isLessThan(THREADS);
    Reference.reachabilityFence(held);
  }

  @Test
  void should_have_collected_an_unreachable_object_once_the_proving_increments_passed()
      throws Exception {
    // GIVEN an object that became unreachable before the count was read
    WeakReference<Object> garbage = unreachableObject();
    long target = gc.fullCollectionCount() + gc.incrementsProvingFreshCollection();
    // WHEN
    gc.collectUntil(target, System.nanoTime() + Duration.ofSeconds(10).toNanos());
    // THEN those increments prove a whole-heap collection that began after the count was read
    then(garbage.refersTo(null)).as("cleared after %d proving increments",
        gc.incrementsProvingFreshCollection()).isTrue();
  }

  private static WeakReference<Object> unreachableObject() {
    return new WeakReference<>(new Object());
  }
}
