package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ObjectIdSet_indexOf_Test {
  @Test
  void should_return_the_index_of_each_id_added() {
    ObjectIdSet set = new ObjectIdSet(3);
    set.add(0x7_0000_0010L, 5);
    set.add(0x7_0000_0018L, 9);
    set.add(0x7_2000_0000L, 0);

    assertThat(set.indexOf(0x7_0000_0010L)).isEqualTo(5);
    assertThat(set.indexOf(0x7_0000_0018L)).isEqualTo(9);
    assertThat(set.indexOf(0x7_2000_0000L)).isZero();
  }

  @Test
  void should_return_minus_one_for_ids_not_added() {
    ObjectIdSet set = new ObjectIdSet(1);
    set.add(0x7_0000_0010L, 5);

    assertThat(set.indexOf(0x7_0000_0008L)).isEqualTo(-1);
    assertThat(set.indexOf(0x7_0000_0018L)).isEqualTo(-1);
    assertThat(set.indexOf(0)).isEqualTo(-1);
    assertThat(set.indexOf(-1)).isEqualTo(-1);
  }

  @Test
  void should_hold_more_ids_than_its_smallest_bitmap_has_bits() {
    int count = 200_000;
    ObjectIdSet set = new ObjectIdSet(count);
    for (int i = 0; i < count; i++) {
      set.add(0x7_0000_0000L + 16L * i, i);
    }

    for (int i = 0; i < count; i++) {
      assertThat(set.indexOf(0x7_0000_0000L + 16L * i)).isEqualTo(i);
      assertThat(set.indexOf(0x7_0000_0008L + 16L * i)).isEqualTo(-1);
    }
  }

  @Test
  void should_turn_away_random_ids_as_an_exact_set_would() {
    SplittableRandom random = new SplittableRandom(13);
    ObjectIdSet set = new ObjectIdSet(64);
    long[] added = new long[64];
    for (int i = 0; i < added.length; i++) {
      added[i] = (random.nextLong(1L << 40) + 1) << 3;
      set.add(added[i], i);
    }

    for (int probe = 0; probe < 1_000_000; probe++) {
      long id = random.nextLong(1L << 43) & ~7L;
      int expected = -1;
      for (int i = 0; i < added.length; i++) {
        if (added[i] == id) {
          expected = i;
        }
      }
      assertThat(set.indexOf(id)).isEqualTo(expected);
    }
  }
}
