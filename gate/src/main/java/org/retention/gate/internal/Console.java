package org.retention.gate.internal;

/**
 * The one place that makes a report's text safe for a terminal or a log: control characters
 * (ANSI escape sequences start with one), C1 controls and the bidirectional overrides that can
 * make a line read as something else are shown as {@code \\uXXXX}, and a line break as {@code
 * \\n}, so one text is one line.
 *
 * <pre>{@code
 * log.warn("Retention: " + Console.visible(line));   // "\u001b[31m" shows as "\\u001b[31m"
 * }</pre>
 */
public final class Console {
  private Console() {}

  /** {@code text} with every invisible or terminal-controlling character made visible. */
  public static String visible(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hidden = c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
          || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
      if (hidden && shown == null) {
        shown = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (shown != null) {
        if (c == '\n') {
          shown.append("\\n");
        } else if (hidden) {
          shown.append(String.format("\\u%04x", (int) c));
        } else {
          shown.append(c);
        }
      }
    }
    return shown == null ? text : shown.toString();
  }
}
