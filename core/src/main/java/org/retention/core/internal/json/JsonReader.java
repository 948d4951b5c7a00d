package org.retention.core.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 8259 JSON into plain values: objects as ordered maps, arrays as lists, strings,
 * integers as {@link Long}, other numbers as {@link Double}, booleans, and null.
 *
 * <pre>{@code
 * Map<?, ?> report = (Map<?, ?>) JsonReader.parse("{\"checks\": []}");
 * }</pre>
 *
 * <p>Malformed text gets a {@link MalformedJsonException} naming the line and column where
 * reading stopped. Strings keep whatever <code>&#92;uXXXX</code> escapes say, lone surrogates
 * included, so that what the writer escaped reads back unchanged.
 */
public final class JsonReader {
  /** Deeper nesting than any report has: refused instead of overflowing the stack. */
  private static final int MAX_DEPTH = 256;

  private final String text;
  private int position;

  private JsonReader(String text) {
    this.text = text;
  }

  /**
   * The value {@code text} holds; nothing but white space may follow it.
   *
   * @throws MalformedJsonException naming line and column of the first error
   */
  public static Object parse(String text) {
    JsonReader reader = new JsonReader(text);
    Object value = reader.value(0);
    reader.skipWhiteSpace();
    if (reader.position < text.length()) {
      throw reader.error("expected the end of the text");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    skipWhiteSpace();
    if (position >= text.length()) {
      throw error("expected a value");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("expected a value");
      }
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    position++;
    skipWhiteSpace();
    if (consume('}')) {
      return object;
    }
    do {
      skipWhiteSpace();
      if (position >= text.length() || text.charAt(position) != '"') {
        throw error("expected a member name in quotes");
      }
      String name = string();
      skipWhiteSpace();
      expect(':');
      object.put(name, value(depth + 1));
      skipWhiteSpace();
    } while (consume(','));
    expect('}');
    return object;
  }

  private List<Object> array(int depth) {
    List<Object> array = new ArrayList<>();
    position++;
    skipWhiteSpace();
    if (consume(']')) {
      return array;
    }
    do {
      array.add(value(depth + 1));
      skipWhiteSpace();
    } while (consume(','));
    expect(']');
    return array;
  }

  private String string() {
    position++;
    // Most strings have no escape: taken whole, not a character at a time.
    for (int end = position; end < text.length(); end++) {
      char c = text.charAt(end);
      if (c == '"') {
        String whole = text.substring(position, end);
        position = end + 1;
        return whole;
      }
      if (c == '\\' || c < 0x20) {
        break;
      }
    }
    StringBuilder value = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("expected the closing quote of a string");
      }
      char c = text.charAt(position);
      if (c == '"') {
        position++;
        return value.toString();
      }
      if (c < 0x20) {
        throw error("expected a control character to be escaped");
      }
      if (c != '\\') {
        value.append(c);
        position++;
        continue;
      }
      position++;
      if (position >= text.length()) {
        throw error("expected an escape after the backslash");
      }
      char escape = text.charAt(position);
      switch (escape) {
        case '"', '\\', '/' -> value.append(escape);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          value.append(hexCharacter());
          continue;
        }
        default -> throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u");
      }
      position++;
    }
  }

  /** The four hex digits after <code>&#92;u</code>, leaving the position after them. */
  private char hexCharacter() {
    int start = position + 1;
    if (start + 4 > text.length()) {
      position = Math.min(start, text.length());
      throw error("expected four hex digits after \\u");
    }
    int code = 0;
    for (int i = start; i < start + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        position = i;
        throw error("expected four hex digits after \\u");
      }
      code = code * 16 + digit;
    }
    position = start + 4;
    return (char) code;
  }

  private Object number() {
    int start = position;
    consume('-');
    if (!consume('0')) {
      digits();
    }
    boolean integer = true;
    if (consume('.')) {
      integer = false;
      digits();
    }
    if (position < text.length() && (text.charAt(position) == 'e'
        || text.charAt(position) == 'E')) {
      integer = false;
      position++;
      if (!consume('+')) {
        consume('-');
      }
      digits();
    }
    String number = text.substring(start, position);
    if (integer) {
      try {
        return Long.parseLong(number);
      } catch (NumberFormatException beyondLong) {
        // Falls through: a number past the long range still reads, as a double.
      }
    }
    return Double.parseDouble(number);
  }

  private void digits() {
    int start = position;
    while (position < text.length() && text.charAt(position) >= '0'
        && text.charAt(position) <= '9') {
      position++;
    }
    if (position == start) {
      throw error("expected a digit");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw error("expected a value");
    }
    position += word.length();
    return value;
  }

  private void skipWhiteSpace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private boolean consume(char expected) {
    if (position < text.length() && text.charAt(position) == expected) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char expected) {
    if (!consume(expected)) {
      throw error("expected '" + expected + "'");
    }
  }

  private MalformedJsonException error(String expectation) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String found = position >= text.length() ? "the end of the text"
        : "'" + JsonWriter.escape(text.substring(position, Math.min(text.length(),
            text.offsetByCodePoints(position, 1)))) + "'";
    return new MalformedJsonException(line, position - lineStart + 1,
        expectation + " but found " + found);
  }
}
