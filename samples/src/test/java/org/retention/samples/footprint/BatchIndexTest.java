package org.retention.samples.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.footprint.FootprintScenario.assertIndexIsSmallAfterLargeBatch;

import org.junit.jupiter.api.Test;

class BatchIndexTest {

  @Test
  void fixed_index_fits_its_budget_after_a_large_batch() {
    assertIndexIsSmallAfterLargeBatch(new FixedBatchIndex());
  }

  @Test
  void buggy_index_is_caught_stating_the_bytes_its_empty_table_occupies() {
    assertThatThrownBy(() -> assertIndexIsSmallAfterLargeBatch(new BuggyBatchIndex()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[footprint in bytes of java.util.HashMap after clear()]")
        .hasMessageContaining("to be less than:")
        .hasMessageContaining("4096L")
        // 262,144 empty slots of 4 bytes (8 without compressed references), plus the map.
        .hasMessageMatching("(?s).*Expecting actual:\\s+(1048|2097)\\d{3}L.*");
  }

  @Test
  void both_indexes_find_duplicates_within_a_batch() {
    for (BatchIndex index : new BatchIndex[] {new BuggyBatchIndex(), new FixedBatchIndex()}) {
      assertThat(index.add(new Order(7, "acme"))).isTrue();
      assertThat(index.add(new Order(7, "acme"))).isFalse();
      index.endBatch();
      assertThat(index.add(new Order(7, "acme"))).isTrue();
    }
  }
}
