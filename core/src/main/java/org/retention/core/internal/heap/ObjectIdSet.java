package org.retention.core.internal.heap;

/**
 * A few object ids, and their indexes, asked about every reference of a dump: a bitmap of their
 * hashes turns nearly every other id away with one read of a small table, and only the rest is
 * looked up exactly. (Their range would not do: a few objects allocated together can lie hundreds
 * of megabytes apart once a full collection has compacted the heap.)
 *
 * <pre>{@code
 * ObjectIdSet candidates = new ObjectIdSet(2);
 * candidates.add(heap.idOf(object), object);
 * int index = candidates.indexOf(id);   // -1 for any other id
 * }</pre>
 */
final class ObjectIdSet {
  /** At least 2^16 bits (8 KB), 16 per id: about one other id in 16 passes the bitmap. */
  private static final int MIN_BITS = 1 << 16;
  private static final int BITS_PER_ID = 16;

  private final long[] hashBits;
  private final int shift;
  private final LongIntMap indexes;

  /** A set for up to {@code capacity} ids. */
  ObjectIdSet(int capacity) {
    int bits = Integer.highestOneBit(
        (int) Math.min(1 << 30, Math.max(MIN_BITS, (long) capacity * BITS_PER_ID * 2 - 1)));
    hashBits = new long[bits >>> 6];
    shift = 64 - Integer.numberOfTrailingZeros(bits);
    indexes = new LongIntMap(capacity);
  }

  void add(long id, int index) {
    int hash = hash(id);
    hashBits[hash >>> 6] |= 1L << hash;
    indexes.put(id, index);
  }

  /** The index of {@code id}, or -1 when the set does not hold it. */
  int indexOf(long id) {
    int hash = hash(id);
    return (hashBits[hash >>> 6] & (1L << hash)) == 0 ? -1 : indexes.get(id);
  }

  private int hash(long id) {
    return (int) ((id * 0x9E3779B97F4A7C15L) >>> shift);
  }
}
