package org.retention.core.internal.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("reads what every thread of the JVM allocates")
class OtherThreads_allocatedSince_Test {
  @Test
  void should_see_a_window_where_only_this_thread_allocated() {
    // WHEN this thread alone allocates (another test's thread may run now and then: retried)
    boolean quiet = false;
    List<byte[]> kept = new ArrayList<>();
    for (int attempt = 0; attempt < 50 && !quiet; attempt++) {
      OtherThreads others = OtherThreads.now();
      kept.add(new byte[1024]);
      quiet = !others.allocatedSince();
    }
    // THEN
    assertThat(quiet).isTrue();
    assertThat(kept).isNotEmpty();
  }

  @Test
  void should_see_another_thread_that_allocates() throws Exception {
    // GIVEN a thread that already runs
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Integer> allocated = new CompletableFuture<>();
    Thread neighbour = new Thread(() -> {
      try {
        go.await();
        allocated.complete(new StringBuilder("kept by a neighbour").append(1).length());
      } catch (InterruptedException e) {
        allocated.completeExceptionally(e);
      }
    }, "growth-allocating-neighbour");
    neighbour.start();
    OtherThreads others = OtherThreads.now();
    // WHEN it allocates during the window
    go.countDown();
    allocated.get();
    // THEN
    assertThat(others.allocatedSince()).isTrue();
    neighbour.join();
  }

  @Test
  void should_see_a_thread_started_during_the_window() throws Exception {
    // GIVEN
    OtherThreads others = OtherThreads.now();
    // WHEN a thread starts and ends within the window
    Thread started = new Thread(() -> { }, "growth-short-lived");
    started.start();
    started.join();
    // THEN
    assertThat(others.allocatedSince()).isTrue();
  }

  @Test
  void should_count_a_window_ended_on_another_thread_as_busy() throws Exception {
    // GIVEN
    OtherThreads others = OtherThreads.now();
    // WHEN
    boolean busy = CompletableFuture.supplyAsync(others::allocatedSince).get();
    // THEN
    assertThat(busy).isTrue();
  }
}
