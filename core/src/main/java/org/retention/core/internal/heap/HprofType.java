package org.retention.core.internal.heap;

/**
 * The value types of HPROF fields and array elements, with their sizes in the dump (a reference
 * takes the dump's id size).
 *
 * <pre>{@code
 * HprofType type = HprofType.of(file.get(position));
 * position += type.size(idSize);
 * }</pre>
 */
enum HprofType {
  OBJECT(2, "Object", 0),
  BOOLEAN(4, "boolean", 1),
  CHAR(5, "char", 2),
  FLOAT(6, "float", 4),
  DOUBLE(7, "double", 8),
  BYTE(8, "byte", 1),
  SHORT(9, "short", 2),
  INT(10, "int", 4),
  LONG(11, "long", 8);

  private static final HprofType[] BY_CODE = new HprofType[12];

  static {
    for (HprofType type : values()) {
      BY_CODE[type.code] = type;
    }
  }

  private final int code;
  private final String javaName;
  private final String arrayName;
  private final int size;

  HprofType(int code, String javaName, int size) {
    this.code = code;
    this.javaName = javaName;
    this.arrayName = javaName + "[]";
    this.size = size;
  }

  /** The type with code {@code code}; an unknown code is an error in the dump. */
  static HprofType of(byte code) {
    HprofType type = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    if (type == null) {
      throw new IllegalStateException("unknown HPROF value type " + code);
    }
    return type;
  }

  /** The type of a JVM descriptor's primitive letter ({@code I} is {@link #INT}). */
  static HprofType ofDescriptor(char letter) {
    return switch (letter) {
      case 'Z' -> BOOLEAN;
      case 'C' -> CHAR;
      case 'F' -> FLOAT;
      case 'D' -> DOUBLE;
      case 'B' -> BYTE;
      case 'S' -> SHORT;
      case 'I' -> INT;
      default -> LONG;
    };
  }

  /** Bytes of a value in the dump. */
  int size(int idSize) {
    return this == OBJECT ? idSize : size;
  }

  /** The Java name of a primitive type: {@code int}. */
  String javaName() {
    return javaName;
  }

  /**
   * The Java name of an array of this type: {@code int[]}, one string for all of them (a search
   * asks it of every primitive array in the heap).
   */
  String arrayName() {
    return arrayName;
  }
}
