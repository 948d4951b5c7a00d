package org.retention.core.internal.heap;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Finds an object's index (its position in the dump) from its id, which HotSpot writes as the
 * object's address. A search looks up every reference it follows, so this is the analysis's
 * hottest path.
 *
 * <pre>{@code
 * ObjectIds.Builder part = new ObjectIds.Builder();
 * part.add(id);                                   // in dump order, while scanning
 * ObjectIds ids = ObjectIds.of(new ObjectIds.Builder[] {part}, heap::idOf);
 * int index = ids.indexOf(id);
 * }</pre>
 *
 * <p>HotSpot's live dumps list objects by address (measured with G1 on JDK 17 and 25), so the
 * index of an id is its rank among the ids: one bit per 8-byte address slot (objects are 8-byte
 * aligned), and per 64 slots the rank of the first, side by side so that a look-up touches one
 * cache line. That table takes 16 bytes per 512 bytes of address range, about 1 byte per object,
 * and is built while the dump is scanned, so no id is kept. Dumps not in address order, or spread
 * over a much larger range than their objects need, fall back to a hash table (about 24 bytes per
 * object), filled from the dump once the scan is over.
 */
final class ObjectIds {
  /** A table this size or smaller is always worth it: it is quick to allocate and fill. */
  private static final long SMALL_TABLE_BYTES = 64L << 20;

  /** Per part, in address order: the first and last id, its blocks, its first index. */
  private final long[] firsts;
  private final long[] lasts;
  private final long[][] blocks;
  private final int[] bases;
  private final LongIntMap unordered;

  private ObjectIds(long[] firsts, long[] lasts, long[][] blocks, int[] bases,
      LongIntMap unordered) {
    this.firsts = firsts;
    this.lasts = lasts;
    this.blocks = blocks;
    this.bases = bases;
    this.unordered = unordered;
  }

  /**
   * The ids of the dump's parts, numbered on from part to part; {@code idOf} reads the id of an
   * index back from the dump when the parts are not in address order.
   */
  static ObjectIds of(Builder[] parts, IntToLongFunction idOf) {
    int total = 0;
    boolean ordered = true;
    long previousLast = Long.MIN_VALUE;
    for (Builder builder : parts) {
      if (builder.count > 0) {
        ordered &= builder.blocks != null && previousLast < builder.first;
        previousLast = builder.last;
      }
      total += builder.count;
    }
    if (ordered) {
      long[] firsts = new long[parts.length];
      long[] lasts = new long[parts.length];
      long[][] blocks = new long[parts.length][];
      int[] bases = new int[parts.length];
      int base = 0;
      for (int part = 0; part < parts.length; part++) {
        firsts[part] = parts[part].count == 0 ? 1 : parts[part].first;
        lasts[part] = parts[part].count == 0 ? 0 : parts[part].last;
        blocks[part] = parts[part].blocks;
        bases[part] = base;
        base += parts[part].count;
      }
      return new ObjectIds(firsts, lasts, blocks, bases, null);
    }
    LongIntMap map = new LongIntMap(total);
    for (int index = 0; index < total; index++) {
      map.put(idOf.applyAsLong(index), index);
    }
    return new ObjectIds(null, null, null, null, map);
  }

  /** The index of the object with this id, or -1. */
  int indexOf(long id) {
    if (unordered != null) {
      return unordered.get(id);
    }
    for (int part = 0; part < firsts.length; part++) {
      if (id <= lasts[part]) {
        return id < firsts[part] ? -1 : rank(part, id - firsts[part]);
      }
    }
    return -1;
  }

  private int rank(int part, long offset) {
    if ((offset & 7) != 0) {
      return -1;
    }
    long slot = offset >>> 3;
    int block = (int) (slot >>> 6) * 2;
    long[] table = blocks[part];
    long bits = table[block];
    long bit = 1L << slot;
    return (bits & bit) == 0
        ? -1
        : bases[part] + (int) table[block + 1] + Long.bitCount(bits & (bit - 1));
  }

  /**
   * The ids of one part of the dump, added in dump order. It keeps the rank table while they
   * ascend, aligned and dense enough, and only counts them otherwise.
   */
  static final class Builder {
    private long first;
    private long last;
    private int count;
    private long[] blocks = new long[1 << 10];
    private long usedBlocks;

    void add(long id) {
      if (blocks != null) {
        if (count == 0) {
          first = id;
        } else if (id <= last || ((id - first) & 7) != 0) {
          blocks = null;
        }
      }
      if (blocks != null) {
        long slot = (id - first) >>> 3;
        long block = slot >>> 6;
        if (block >= usedBlocks) {
          grow(block);
        }
        if (blocks != null) {
          if (block >= usedBlocks) {
            blocks[(int) block * 2 + 1] = count;
            usedBlocks = block + 1;
          }
          blocks[(int) block * 2] |= 1L << slot;
        }
      }
      last = id;
      count++;
    }

    private void grow(long block) {
      long needed = (block + 1) * 2;
      if (needed <= blocks.length) {
        return;
      }
      // A table far larger than its objects warrant (ids spread over a huge range) is a waste:
      // the hash table then costs less.
      if (needed * 8 > Math.max(SMALL_TABLE_BYTES, 32L * count) || needed > Integer.MAX_VALUE - 8) {
        blocks = null;
        return;
      }
      blocks = Arrays.copyOf(blocks, (int) Math.min(Integer.MAX_VALUE - 8,
          Math.max(needed, blocks.length * 2L)));
    }
  }
}
