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
 * cache line. Those blocks are kept only for the 1 MB pages of address space that hold objects
 * (a live heap is dense within its regions, but its regions are spread over the reserved heap),
 * found through a directory of pages: 16 bytes per 512 bytes of used pages, about 1 byte per
 * object. The table is built while the dump is scanned, so no id is kept. Dumps not in address
 * order, or spread too thinly, fall back to a hash table (about 24 bytes per object), filled
 * from the dump once the scan is over.
 */
final class ObjectIds {
  /** A table this size or smaller is always worth it: it is quick to allocate and fill. */
  private static final long SMALL_TABLE_BYTES = 16L << 20;
  /** 2^11 blocks of 64 slots of 8 bytes: 1 MB of address space per page. */
  private static final int PAGE_BITS = 11;
  private static final int BLOCK_IN_PAGE = (1 << PAGE_BITS) - 1;

  /** Per part, in address order: the first and last id, its table, its first index. */
  private final long[] firsts;
  private final long[] lasts;
  private final Builder[] tables;
  private final int[] bases;
  private final LongIntMap unordered;

  private ObjectIds(long[] firsts, long[] lasts, Builder[] tables, int[] bases,
      LongIntMap unordered) {
    this.firsts = firsts;
    this.lasts = lasts;
    this.tables = tables;
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

      int[] bases = new int[parts.length];
      int base = 0;
      for (int part = 0; part < parts.length; part++) {
        firsts[part] = parts[part].count == 0 ? 1 : parts[part].first;
        lasts[part] = parts[part].count == 0 ? 0 : parts[part].last;
        bases[part] = base;
        base += parts[part].count;
      }
      return new ObjectIds(firsts, lasts, parts.clone(), bases, null);
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
    long block = slot >>> 6;
    Builder table = tables[part];
    long page = block >>> PAGE_BITS;
    int start = page < table.pages.length ? table.pages[(int) page] : -1;
    if (start < 0) {
      return -1;
    }
    int at = start + (int) (block & BLOCK_IN_PAGE) * 2;
    long bits = table.blocks[at];
    long bit = 1L << slot;
    return (bits & bit) == 0
        ? -1
        : bases[part] + (int) table.blocks[at + 1] + Long.bitCount(bits & (bit - 1));
  }

  /**
   * The ids of one part of the dump, added in dump order. It keeps the rank table while they
   * ascend, aligned and dense enough, and only counts them otherwise.
   */
  static final class Builder {
    private long first;
    private long last;
    private int count;
    /** Per page of address space: where its blocks start in {@link #blocks}, or -1. */
    private int[] pages = new int[0];
    private long[] blocks = new long[0];
    private int usedLongs;
    private long lastBlock = -1;
    /** Where the block of {@link #lastBlock} starts in {@link #blocks}. */
    private int lastBlockAt;

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
        if (block != lastBlock) {
          startBlock(block);
        }
        if (blocks != null) {
          blocks[lastBlockAt] |= 1L << slot;
        }
      }
      last = id;
      count++;
    }

    /** Makes room for a new block and starts it at the current count, or gives the table up. */
    private void startBlock(long block) {
      long page = block >>> PAGE_BITS;
      if (page >= pages.length) {
        if (page >= Integer.MAX_VALUE - 8) {
          blocks = null;
          return;
        }
        int length = pages.length;
        pages = Arrays.copyOf(pages, (int) Math.min(Integer.MAX_VALUE - 8,
            Math.max(page + 1, length + (length >> 1))));
        Arrays.fill(pages, length, pages.length, -1);
      }
      if (pages[(int) page] < 0) {
        long needed = usedLongs + (2L << PAGE_BITS);
        // Objects spread so thinly that each takes a page: the hash table costs less.
        if (needed * 8 > Math.max(SMALL_TABLE_BYTES, 32L * count) || needed > Integer.MAX_VALUE - 8) {
          blocks = null;
          return;
        }
        if (needed > blocks.length) {
          blocks = Arrays.copyOf(blocks, (int) Math.min(Integer.MAX_VALUE - 8,
              Math.max(needed, blocks.length + (blocks.length >> 1))));
        }
        pages[(int) page] = usedLongs;
        usedLongs = (int) needed;
      }
      lastBlock = block;
      lastBlockAt = pages[(int) page] + (int) (block & BLOCK_IN_PAGE) * 2;
      blocks[lastBlockAt + 1] = count;
    }
  }
}
