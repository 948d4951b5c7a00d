package org.retention.core.internal.heap;

/**
 * An open-addressing map from non-zero {@code long} keys (object ids, which are addresses) to
 * {@code int} values: millions of objects in two arrays instead of millions of boxed entries.
 */
final class LongIntMap {
  private final long[] keys;
  private final int[] values;
  private final int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected + expected / 2)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  void put(long key, int value) {
    int slot = slot(key);
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int slot = slot(key);
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }
}
