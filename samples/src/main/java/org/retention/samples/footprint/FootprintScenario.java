package org.retention.samples.footprint;

import static org.retention.assertj.RetentionAssertions.assertThat;

import org.retention.samples.LeakScenario;

/** The cleared-but-large HashMap sample: its regression check, and its run in the demo. */
public final class FootprintScenario {
  /** The shipped index, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "HashMap cleared after 100,000 entries keeps its table",
      "endBatch() replaces the map",
      () -> assertIndexIsSmallAfterLargeBatch(new BuggyBatchIndex()),
      () -> assertIndexIsSmallAfterLargeBatch(new FixedBatchIndex()));

  /** The most an idle index may occupy, in bytes. */
  public static final long BUDGET_BYTES = 4_096;

  /** The size of the large batch. */
  public static final int LARGE_BATCH = 100_000;

  private FootprintScenario() {}

  /**
   * The regression test: after a batch of {@value #LARGE_BATCH} orders has ended, the idle index
   * occupies less than {@value #BUDGET_BYTES} bytes.
   *
   * @throws AssertionError stating the bytes the idle index occupies
   */
  public static void assertIndexIsSmallAfterLargeBatch(BatchIndex index) {
    for (long id = 1; id <= LARGE_BATCH; id++) {
      index.add(new Order(id, "customer-" + id % 100));
    }
    index.endBatch();

    assertThat(index.asMap()).footprintAfterClear().isLessThan(BUDGET_BYTES);
  }
}
