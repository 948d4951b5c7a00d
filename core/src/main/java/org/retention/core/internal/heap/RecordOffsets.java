package org.retention.core.internal.heap;

import java.util.Arrays;

/**
 * Where each object record starts in the dump, in 4 bytes per object: the offset's low 32 bits,
 * and a short table of the indexes at which the high bits change (once per 4 GB of dump). Records
 * are listed in file order, so the high bits only grow. The parts scanned side by side keep their
 * own arrays: joining them would copy every offset once more.
 *
 * <pre>{@code
 * RecordOffsets.Builder part = new RecordOffsets.Builder();
 * part.add(position);
 * RecordOffsets offsets = RecordOffsets.concat(part, nextPart);
 * long position = offsets.get(index);
 * }</pre>
 */
final class RecordOffsets {
  private final Builder[] parts;
  /** Per part: the index of its first record. */
  private final int[] bases;
  private final int count;

  private RecordOffsets(Builder[] parts, int[] bases, int count) {
    this.parts = parts;
    this.bases = bases;
    this.count = count;
  }

  /** The offsets of the parts, numbered on from part to part. */
  static RecordOffsets concat(Builder... parts) {
    int[] bases = new int[parts.length];
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      bases[i] = count;
      count += parts[i].count;
    }
    return new RecordOffsets(parts.clone(), bases, count);
  }

  int count() {
    return count;
  }

  long get(int index) {
    int part = parts.length - 1;
    while (bases[part] > index) {
      part--;
    }
    return parts[part].get(index - bases[part]);
  }

  /**
   * The offsets of one part of the dump, added in file order. They are kept in chunks of 2^20
   * (4 MB), so that growing never copies more than the first chunk.
   */
  static final class Builder {
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK_MASK = (1 << CHUNK_BITS) - 1;

    private int[][] chunks = {new int[1 << 12]};
    private int capacity = 1 << 12;
    private int count;
    /** The indexes at which the high bits change, and their new value; the first is index 0. */
    private int[] changeIndexes = new int[1];
    private int[] changeHighs = new int[1];
    private int changes;

    void add(long position) {
      if (count == capacity) {
        grow();
      }
      int chunk = count >>> CHUNK_BITS;
      int at = count & CHUNK_MASK;
      int high = (int) (position >>> 32);
      if (changes == 0 || changeHighs[changes - 1] != high) {
        if (changes == changeIndexes.length) {
          changeIndexes = Arrays.copyOf(changeIndexes, changes * 2);
          changeHighs = Arrays.copyOf(changeHighs, changes * 2);
        }
        changeIndexes[changes] = count;
        changeHighs[changes++] = high;
      }
      chunks[chunk][at] = (int) position;
      count++;
    }

    /**
     * Doubles the first chunk up to its full size, then adds chunks: one branch, taken early and
     * often, so the JIT compiles it in rather than leaving it to a deoptimisation at the first new
     * chunk.
     */
    private void grow() {
      int chunk = count >>> CHUNK_BITS;
      if (chunk == 0) {
        chunks[0] = Arrays.copyOf(chunks[0], Math.min(count * 2, 1 << CHUNK_BITS));
      } else {
        chunks = Arrays.copyOf(chunks, chunk + 1);
        chunks[chunk] = new int[1 << CHUNK_BITS];
      }
      capacity = ((chunks.length - 1) << CHUNK_BITS) + chunks[chunks.length - 1].length;
    }

    int count() {
      return count;
    }

    long get(int index) {
      long lowBits = chunks[index >>> CHUNK_BITS][index & CHUNK_MASK] & 0xFFFFFFFFL;
      if (changes == 1) {
        return ((long) changeHighs[0] << 32) | lowBits;
      }
      int at = Arrays.binarySearch(changeIndexes, 0, changes, index);
      return ((long) changeHighs[at >= 0 ? at : -at - 2] << 32) | lowBits;
    }
  }
}
