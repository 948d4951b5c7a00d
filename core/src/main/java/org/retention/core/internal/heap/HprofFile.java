package org.retention.core.internal.heap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A heap dump file of any size, read at {@code long} offsets. One {@link ByteBuffer} maps at most
 * 2 GB, so the file is mapped in windows of {@code 2^windowBits} bytes; each window maps 8 bytes
 * more than its share, so that any value of up to 8 bytes starting in it is read from it alone,
 * even when it crosses into the next window. Longer reads (names, string contents) are copied
 * window by window.
 *
 * <pre>{@code
 * HprofFile file = HprofFile.open(dump, HprofFile.WINDOW_BITS);
 * long id = file.getLong(position);
 * }</pre>
 *
 * <p>The windows are memory-mapped, not read: the dump stays in the page cache, outside the heap.
 */
final class HprofFile {
  /** 1 GB windows: few mappings, and each well inside what one buffer can address. */
  static final int WINDOW_BITS = 30;

  /** The longest value read in one piece: an 8-byte id or {@code long}. */
  private static final int OVERLAP = 8;

  private final ByteBuffer[] windows;
  private final int windowBits;
  private final long windowMask;
  private final long size;

  private HprofFile(ByteBuffer[] windows, int windowBits, long size) {
    this.windows = windows;
    this.windowBits = windowBits;
    this.windowMask = (1L << windowBits) - 1;
    this.size = size;
  }

  /** Maps {@code path} in windows of {@code 2^windowBits} bytes (at most 2^30). */
  static HprofFile open(Path path, int windowBits) throws IOException {
    if (windowBits < 4 || windowBits > WINDOW_BITS) {
      throw new IllegalArgumentException("window bits must be 4 to 30: " + windowBits);
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      long window = 1L << windowBits;
      ByteBuffer[] windows = new ByteBuffer[(int) Math.max(1, (size + window - 1) >>> windowBits)];
      for (int i = 0; i < windows.length; i++) {
        long start = (long) i << windowBits;
        long length = Math.min(window + OVERLAP, size - start);
        windows[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.max(0, length));
      }
      return new HprofFile(windows, windowBits, size);
    }
  }

  long size() {
    return size;
  }

  byte get(long position) {
    return windows[(int) (position >>> windowBits)].get((int) (position & windowMask));
  }

  short getShort(long position) {
    return windows[(int) (position >>> windowBits)].getShort((int) (position & windowMask));
  }

  int getInt(long position) {
    return windows[(int) (position >>> windowBits)].getInt((int) (position & windowMask));
  }

  long getLong(long position) {
    return windows[(int) (position >>> windowBits)].getLong((int) (position & windowMask));
  }

  /** Copies {@code bytes.length} bytes from {@code position}, across windows if need be. */
  void get(long position, byte[] bytes) {
    int copied = 0;
    while (copied < bytes.length) {
      long at = position + copied;
      int offset = (int) (at & windowMask);
      int count = (int) Math.min(bytes.length - copied, (1L << windowBits) - offset);
      windows[(int) (at >>> windowBits)].get(offset, bytes, copied, count);
      copied += count;
    }
  }

  String utf8(long position, int length) {
    byte[] bytes = new byte[length];
    get(position, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
