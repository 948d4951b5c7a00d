package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offsets past 2 GB and 4 GB come back whole, across parts scanned side by side. */
class RecordOffsets_get_Test {
  private static final long GB = 1L << 30;

  @Test
  void should_return_offsets_past_4_gb_across_parts() {
    // GIVEN two parts of a 13 GB dump, the second starting past 8 GB
    long[] first = {18, 2 * GB + 5, 4 * GB - 1, 4 * GB, 5 * GB + 3};
    long[] second = {8 * GB + 1, 9 * GB, 12 * GB + 7, 13 * GB};
    // WHEN
    RecordOffsets offsets = RecordOffsets.concat(builder(first), builder(second));
    // THEN
    assertThat(offsets.count()).isEqualTo(first.length + second.length);
    for (int i = 0; i < first.length; i++) {
      assertThat(offsets.get(i)).isEqualTo(first[i]);
    }
    for (int i = 0; i < second.length; i++) {
      assertThat(offsets.get(first.length + i)).isEqualTo(second[i]);
    }
  }

  @Test
  void should_return_offsets_under_4_gb_from_their_low_bits_alone() {
    RecordOffsets offsets = RecordOffsets.concat(builder(new long[] {18, 3 * GB}));

    assertThat(offsets.get(0)).isEqualTo(18);
    assertThat(offsets.get(1)).isEqualTo(3 * GB);
  }

  @Test
  void should_return_every_offset_of_a_part_larger_than_one_chunk() {
    // GIVEN a part of 3 million records (chunks hold 2^20), crossing 4 GB on the way
    RecordOffsets.Builder part = new RecordOffsets.Builder();
    int count = 3_000_000;
    for (int i = 0; i < count; i++) {
      part.add(4 * GB - 1_500_000L * 24 + 24L * i);
    }
    // WHEN
    RecordOffsets offsets = RecordOffsets.concat(part);
    // THEN
    assertThat(offsets.count()).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      assertThat(offsets.get(i)).isEqualTo(4 * GB - 1_500_000L * 24 + 24L * i);
    }
  }

  private static RecordOffsets.Builder builder(long[] positions) {
    RecordOffsets.Builder builder = new RecordOffsets.Builder();
    for (long position : positions) {
      builder.add(position);
    }
    return builder;
  }
}
