package org.retention.core.internal.gate;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the report's JSON: objects from ordered maps, arrays from lists, strings escaped as RFC
 * 8259 requires, numbers and booleans as they are, null for absent values.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      container(map.entrySet().iterator(), '{', '}', out, indent, (entry, inner) -> {
        string(String.valueOf(entry.getKey()), out);
        out.append(": ");
        write(entry.getValue(), out, inner);
      });
    } else if (value instanceof List<?> list) {
      container(list.iterator(), '[', ']', out, indent, (element, inner) ->
          write(element, out, inner));
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private interface ElementWriter<T> {
    void write(T element, String indent);
  }

  private static <T> void container(Iterator<T> elements, char open, char close,
      StringBuilder out, String indent, ElementWriter<T> writer) {
    out.append(open);
    if (!elements.hasNext()) {
      out.append(close);
      return;
    }
    String inner = indent + "  ";
    while (elements.hasNext()) {
      out.append('\n').append(inner);
      writer.write(elements.next(), inner);
      if (elements.hasNext()) {
        out.append(',');
      }
    }
    out.append('\n').append(indent).append(close);
  }

  static void string(String text, StringBuilder out) {
    out.append('"');
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
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
