package org.retention.core.internal.heap;

/**
 * Finds an object's index (its position in the dump) from its id, which HotSpot writes as the
 * object's address. A search looks up every reference it follows, so this is the analysis's
 * hottest path.
 *
 * <p>HotSpot's live dumps list objects by address (measured with G1 on JDK 17 and 25), so the
 * index of an id is its rank among the ids: one bit per 8-byte address slot (objects are 8-byte
 * aligned), and per 64 slots the rank of the first, side by side so that a look-up touches one
 * cache line. That table takes 16 bytes per 512 bytes of address range, a few tens of MB where
 * a hash table of millions of ids takes hundreds. Dumps not in address order, or spread over a
 * much larger range than their objects need, fall back to a hash table.
 */
final class ObjectIds {
  /** A table this size or smaller is always worth it: it is quick to allocate and fill. */
  private static final long SMALL_TABLE_BYTES = 64L << 20;

  private final long first;
  private final long last;
  /** Per block of 64 slots: the slots' bits, then the index of the block's first object. */
  private final long[] blocks;
  private final LongIntMap unordered;

  private ObjectIds(long first, long last, long[] blocks, LongIntMap unordered) {
    this.first = first;
    this.last = last;
    this.blocks = blocks;
    this.unordered = unordered;
  }

  /**
   * Indexes the ids of the dump's parts, in dump order: the first {@code counts[p]} of {@code
   * ids[p]} for each part {@code p}, numbered on from part to part.
   */
  static ObjectIds of(long[][] ids, int[] counts) {
    int count = 0;
    long first = 0;
    long last = 0;
    boolean ordered = true;
    for (int part = 0; part < ids.length && ordered; part++) {
      for (int i = 0; i < counts[part] && ordered; i++) {
        long id = ids[part][i];
        if (count == 0) {
          first = id;
        } else {
          ordered = id > last && ((id - first) & 7) == 0;
        }
        last = id;
        count++;
      }
    }
    count = 0;
    for (int part = 0; part < ids.length; part++) {
      count += counts[part];
    }
    if (count > 0 && ordered) {
      long blockCount = ((last - first) >>> 9) + 1;
      long tableBytes = blockCount * 16;
      if (tableBytes <= Math.max(SMALL_TABLE_BYTES, 32L * count)
          && blockCount * 2 <= Integer.MAX_VALUE - 8) {
        long[] blocks = new long[(int) blockCount * 2];
        long block = -1;
        int index = 0;
        for (int part = 0; part < ids.length; part++) {
          for (int i = 0; i < counts[part]; i++, index++) {
            long slot = (ids[part][i] - first) >>> 3;
            if (slot >>> 6 != block) {
              block = slot >>> 6;
              blocks[(int) block * 2 + 1] = index;
            }
            blocks[(int) block * 2] |= 1L << slot;
          }
        }
        return new ObjectIds(first, last, blocks, null);
      }
    }
    LongIntMap map = new LongIntMap(count);
    int index = 0;
    for (int part = 0; part < ids.length; part++) {
      for (int i = 0; i < counts[part]; i++) {
        map.put(ids[part][i], index++);
      }
    }
    return new ObjectIds(0, -1, null, map);
  }

  /** The index of the object with this id, or -1. */
  int indexOf(long id) {
    if (blocks == null) {
      return unordered.get(id);
    }
    long offset = id - first;
    if (id < first || id > last || (offset & 7) != 0) {
      return -1;
    }
    long slot = offset >>> 3;
    int block = (int) (slot >>> 6) * 2;
    long bits = blocks[block];
    long bit = 1L << slot;
    return (bits & bit) == 0 ? -1 : (int) blocks[block + 1] + Long.bitCount(bits & (bit - 1));
  }
}
