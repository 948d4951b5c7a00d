package org.retention.core.internal.heap;

/**
 * The GC root records of an HPROF heap dump, in the order that breaks ties between equally short
 * paths: a live thread is named as a thread even when a local variable also holds it.
 *
 * <pre>{@code
 * HprofRootTag tag = HprofRootTag.of(0x03);   // JAVA_FRAME
 * int next = body + idSize + tag.extraBytes(idSize);
 * }</pre>
 */
enum HprofRootTag {
  /** A live thread object: thread serial and stack trace serial follow. */
  THREAD_OBJECT(0x08, 8),
  /** A local variable of a Java frame: thread serial and frame number follow. */
  JAVA_FRAME(0x03, 8),
  /** A JNI global reference: the reference's own id follows. */
  JNI_GLOBAL(0x01, -1),
  /** A JNI local reference: thread serial and frame number follow. */
  JNI_LOCAL(0x02, 8),
  /** An object locked by a running {@code synchronized} block. */
  MONITOR_USED(0x07, 0),
  /** A reference from a native stack: thread serial follows. */
  NATIVE_STACK(0x04, 4),
  /** A class the VM never unloads. */
  STICKY_CLASS(0x05, 0),
  /** A reference from a thread block: thread serial follows. */
  THREAD_BLOCK(0x06, 4),
  /** A root of unknown kind. */
  UNKNOWN(0xFF, 0);

  private static final HprofRootTag[] BY_CODE = new HprofRootTag[256];

  static {
    for (HprofRootTag tag : values()) {
      BY_CODE[tag.code] = tag;
    }
  }

  private final int code;
  /** Bytes after the object id; -1 for one more id. */
  private final int extraBytes;

  HprofRootTag(int code, int extraBytes) {
    this.code = code;
    this.extraBytes = extraBytes;
  }

  /** The root record with tag byte {@code code}, or null when {@code code} is no root record. */
  static HprofRootTag of(int code) {
    return BY_CODE[code];
  }

  /** The tag byte, as a message shows an unnamed root: {@code 0xff}. */
  int code() {
    return code;
  }

  /** How many bytes of the record follow its object id. */
  int extraBytes(int idSize) {
    return extraBytes < 0 ? idSize : extraBytes;
  }

  /** Whether the record names a thread (and a frame for the Java and JNI locals). */
  boolean hasThread() {
    return extraBytes > 0;
  }

  /** Whether the record names a frame of that thread. */
  boolean hasFrame() {
    return this == JAVA_FRAME || this == JNI_LOCAL;
  }
}
