package org.retention.core.internal.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON on one line: objects from ordered maps, arrays from lists, strings escaped as RFC
 * 8259 requires, numbers and booleans as they are, null for absent values.
 *
 * <pre>{@code
 * JsonWriter.write(Map.of("name", "a \"b\""));   // {"name": "a \"b\""}
 * }</pre>
 *
 * <p>Any {@link String} can be written: a lone surrogate (half of a pair that a cut or a hostile
 * {@code toString} split) is escaped as {@code \\uXXXX}, which UTF-8 could not encode but
 * {@link JsonReader} reads back unchanged. The output never contains a line break, so one value
 * fits one line of an append-only file.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonWriter() {}

  /** {@code value} as JSON on one line. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /**
   * Appends {@code value} as JSON.
   *
   * @throws IllegalArgumentException for a value that is not a map, list, string, number,
   *     boolean or null
   */
  public static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      out.append('"');
      escape(text, out);
      out.append('"');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      for (Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
          entries.hasNext(); ) {
        Map.Entry<?, ?> entry = entries.next();
        write(String.valueOf(entry.getKey()), out);
        out.append(": ");
        write(entry.getValue(), out);
        if (entries.hasNext()) {
          out.append(", ");
        }
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (Iterator<?> elements = list.iterator(); elements.hasNext(); ) {
        write(elements.next(), out);
        if (elements.hasNext()) {
          out.append(", ");
        }
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  /** {@code text} escaped for the inside of a JSON string. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    escape(text, out);
    return out.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || loneSurrogate(text, i)) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** Whether the char at {@code i} is a surrogate without its other half beside it. */
  private static boolean loneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
  }
}
