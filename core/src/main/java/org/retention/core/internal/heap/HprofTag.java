package org.retention.core.internal.heap;

/**
 * The top-level records of an HPROF file that the index reads; every other record is skipped by
 * its length.
 *
 * <pre>{@code
 * switch (HprofTag.of(file.get(position) & 0xFF)) { case LOAD_CLASS -> ...; default -> { } }
 * }</pre>
 */
enum HprofTag {
  /** A string by id: class, field, method and file names. */
  STRING_IN_UTF8(0x01),
  /** A class's serial number, object id and name. */
  LOAD_CLASS(0x02),
  /** A method on a stack: its name, source file and line. */
  STACK_FRAME(0x04),
  /** A thread's stack: the frames, innermost first. */
  STACK_TRACE(0x05),
  /** The heap in one record. */
  HEAP_DUMP(0x0C),
  /** A part of the heap: HotSpot writes these. */
  HEAP_DUMP_SEGMENT(0x1C),
  /** Any record not needed here. */
  OTHER(-1);

  private static final HprofTag[] BY_CODE = new HprofTag[256];

  static {
    java.util.Arrays.fill(BY_CODE, OTHER);
    for (HprofTag tag : values()) {
      if (tag.code >= 0) {
        BY_CODE[tag.code] = tag;
      }
    }
  }

  private final int code;

  HprofTag(int code) {
    this.code = code;
  }

  /** The record with tag byte {@code code} (0..255). */
  static HprofTag of(int code) {
    return BY_CODE[code];
  }
}
