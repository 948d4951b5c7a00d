package org.retention.core.internal.heap;

/**
 * The object records of an HPROF heap dump. The index keeps one node per record: classes too,
 * since a class holds its loader and its static values.
 *
 * <pre>{@code
 * if (heap.tagOf(index) == HprofObjectTag.INSTANCE_DUMP) { ... heap.field(index, "name") ... }
 * }</pre>
 */
enum HprofObjectTag {
  /** A class: its super class, loader, signers, protection domain, statics and field layout. */
  CLASS_DUMP(0x20),
  /** An instance and its field values. */
  INSTANCE_DUMP(0x21),
  /** An array of references. */
  OBJECT_ARRAY_DUMP(0x22),
  /** An array of a primitive type. */
  PRIMITIVE_ARRAY_DUMP(0x23);

  private static final HprofObjectTag[] BY_CODE = new HprofObjectTag[256];

  static {
    for (HprofObjectTag tag : values()) {
      BY_CODE[tag.code] = tag;
    }
  }

  private final int code;

  HprofObjectTag(int code) {
    this.code = code;
  }

  /** The record's tag byte. */
  int code() {
    return code;
  }

  /** The object record with tag byte {@code code}, or null when it is none. */
  static HprofObjectTag of(int code) {
    return BY_CODE[code];
  }
}
