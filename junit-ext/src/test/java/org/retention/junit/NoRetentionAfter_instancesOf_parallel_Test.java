package org.retention.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.explain.ExplainSettings;

/**
 * An {@code instancesOf} count runs isolated in a parallel suite: the tickets its neighbours
 * create and keep meanwhile are never counted as its own. (Without the isolation, the clean case
 * fails: the neighbours add tickets between its two counts.)
 */
@Isolated("counts live instances VM-wide")
class NoRetentionAfter_instancesOf_parallel_Test {
  private static final Map<String, String> CONCURRENT = Map.of(ExplainSettings.EXPLAIN, "false",
      "junit.jupiter.execution.parallel.enabled", "true",
      "junit.jupiter.execution.parallel.mode.default", "concurrent",
      "junit.jupiter.execution.parallel.config.strategy", "fixed",
      "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
  /** What the neighbours keep while the count runs: tickets of their own, freed only at the end. */
  static final List<Ticket> KEPT_BY_NEIGHBOURS = new CopyOnWriteArrayList<>();
  static final List<Ticket> KEPT_BY_THE_COUNTED_TEST = new CopyOnWriteArrayList<>();
  static volatile CountDownLatch countingStarted = new CountDownLatch(1);

  static final class Ticket {
    final byte[] seat = new byte[64];
  }

  static class CleanFixture {
    @Test
    @NoRetentionAfter(instancesOf = Ticket.class)
    void sellsAndForgets() throws InterruptedException {
      Ticket sold = new Ticket();
      countingStarted.countDown();
      // Long enough for the neighbours to run beside it, were it not isolated.
      Thread.sleep(300);
      assertThat(sold.seat).hasSize(64);
    }

    @RepeatedTest(30)
    void neighbourKeeps() throws InterruptedException {
      keepOneBesideTheCount();
    }
  }

  static class LeakingFixture {
    @Test
    @NoRetentionAfter(instancesOf = Ticket.class)
    void sellsAndKeeps() throws InterruptedException {
      KEPT_BY_THE_COUNTED_TEST.add(new Ticket());
      countingStarted.countDown();
      Thread.sleep(300);
    }

    @RepeatedTest(30)
    void neighbourKeeps() throws InterruptedException {
      keepOneBesideTheCount();
    }
  }

  /**
   * Waits a little for the counted test to start, so that without isolation the tickets are kept
   * during its count; isolated, the count never starts meanwhile and the wait runs out.
   */
  static void keepOneBesideTheCount() throws InterruptedException {
    countingStarted.await(50, TimeUnit.MILLISECONDS);
    KEPT_BY_NEIGHBOURS.add(new Ticket());
    Thread.sleep(10);
  }

  private static int number(String digits) {
    return Integer.parseInt(digits.replace(",", ""));
  }

  @BeforeEach
  void newCount() {
    countingStarted = new CountDownLatch(1);
  }

  @AfterEach
  void forget() {
    KEPT_BY_NEIGHBOURS.clear();
    KEPT_BY_THE_COUNTED_TEST.clear();
  }

  @Test
  void should_pass_a_clean_count_while_neighbours_keep_objects_of_the_counted_class() {
    // WHEN
    Events events = Fixtures.run(CleanFixture.class, CONCURRENT);
    // THEN
    events.assertStatistics(stats -> stats.started(31).succeeded(31).failed(0));
    assertThat(KEPT_BY_NEIGHBOURS).hasSize(30);
  }

  @Test
  void should_fail_a_leaking_count_with_its_own_instance_only() {
    // WHEN
    Events events = Fixtures.run(LeakingFixture.class, CONCURRENT);
    // THEN
    events.assertStatistics(stats -> stats.started(31).succeeded(30).failed(1));
    Matcher counts = Pattern.compile(Pattern.quote(Ticket.class.getName())
        + ": ([\\d,]+) before, ([\\d,]+) after").matcher(Fixtures.failureOf(events, "sellsAndKeeps"));
    assertThat(counts.find()).isTrue();
    assertThat(number(counts.group(2)) - number(counts.group(1)))
        .as("only the counted test's own ticket").isEqualTo(1);
  }
}
