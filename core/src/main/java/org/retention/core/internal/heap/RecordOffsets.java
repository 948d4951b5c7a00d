package org.retention.core.internal.heap;

import java.util.Arrays;

/**
 * Where each object record starts in the dump, in 4 bytes per object: the offset's low 32 bits,
 * and a short table of the object indexes at which the high bits change (once per 4 GB of dump).
 * Records are listed in file order, so the high bits only grow.
 *
 * <pre>{@code
 * RecordOffsets.Builder part = new RecordOffsets.Builder();
 * part.add(position);
 * RecordOffsets offsets = RecordOffsets.concat(List.of(part, nextPart));
 * long position = offsets.get(index);
 * }</pre>
 */
final class RecordOffsets {
  private final int[] low;
  private final int count;
  /** The first index with each high part, ascending; empty when the dump is under 4 GB. */
  private final int[] highStarts;
  private final int[] highs;

  private RecordOffsets(int[] low, int count, int[] highStarts, int[] highs) {
    this.low = low;
    this.count = count;
    this.highStarts = highStarts;
    this.highs = highs;
  }

  int count() {
    return count;
  }

  long get(int index) {
    long lowBits = low[index] & 0xFFFFFFFFL;
    if (highStarts.length == 0) {
      return lowBits;
    }
    int at = Arrays.binarySearch(highStarts, index);
    int high = highs[at >= 0 ? at : -at - 2];
    return ((long) high << 32) | lowBits;
  }

  /** The offsets of the parts, in order. */
  static RecordOffsets concat(Builder... parts) {
    int total = 0;
    for (Builder part : parts) {
      total += part.count;
    }
    int[] low = parts.length == 1 ? parts[0].low : new int[total];
    int[] starts = new int[0];
    int[] highs = new int[0];
    int base = 0;
    for (Builder part : parts) {
      if (parts.length > 1) {
        System.arraycopy(part.low, 0, low, base, part.count);
      }
      for (int i = 0; i < part.changes; i++) {
        if (highs.length == 0 ? part.changeHighs[i] != 0 : highs[highs.length - 1] != part.changeHighs[i]) {
          starts = Arrays.copyOf(starts, starts.length + 1);
          highs = Arrays.copyOf(highs, highs.length + 1);
          starts[starts.length - 1] = base + part.changeIndexes[i];
          highs[highs.length - 1] = part.changeHighs[i];
        }
      }
      base += part.count;
    }
    if (starts.length > 0) {
      // Before the first change, the high part is 0.
      starts = prepend(0, starts);
      highs = prepend(0, highs);
    }
    return new RecordOffsets(low, total, starts, highs);
  }

  private static int[] prepend(int value, int[] values) {
    int[] result = new int[values.length + 1];
    result[0] = value;
    System.arraycopy(values, 0, result, 1, values.length);
    return result;
  }

  /** The offsets of one part of the dump, added in file order. */
  static final class Builder {
    private int[] low = new int[1 << 12];
    private int count;
    private int[] changeIndexes = new int[1];
    private int[] changeHighs = new int[1];
    private int changes;
    private int high = -1;

    void add(long position) {
      if (count == low.length) {
        low = Arrays.copyOf(low, count * 2);
      }
      int positionHigh = (int) (position >>> 32);
      if (positionHigh != high) {
        if (changes == changeIndexes.length) {
          changeIndexes = Arrays.copyOf(changeIndexes, changes * 2);
          changeHighs = Arrays.copyOf(changeHighs, changes * 2);
        }
        changeIndexes[changes] = count;
        changeHighs[changes++] = positionHigh;
        high = positionHigh;
      }
      low[count++] = (int) position;
    }

    int count() {
      return count;
    }
  }
}
