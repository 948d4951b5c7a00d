package org.retention.gate.internal;

import java.util.List;

/**
 * The one writer of Markdown: every text it is given is a user's or a report's, and comes out
 * inert, whatever it holds. Inline text loses its line breaks and has every character that
 * Markdown or HTML would read as markup escaped; a code block gets a fence longer than any run of
 * backticks in it, so no line can close it; table cells escape their pipes too. Structure
 * (headings, tables, fences) is only ever written by this class.
 *
 * <pre>{@code
 * Markdown md = new Markdown();
 * md.heading(2, "Retention: " + title).paragraph(reason).codeBlock(lines)
 *     .table(List.of("fingerprint", "reason"), List.of(Column.CODE, Column.TEXT), rows);
 * String text = md.toString();
 * }</pre>
 */
final class Markdown {
  /**
   * What CommonMark or GitHub could read as markup in running text that never starts a line:
   * emphasis, code, links and images, table cells, strikethrough, escapes. HTML's own characters
   * become entities.
   */
  private static final String SPECIAL = "\\`*_[]|!~";

  /** How a table column shows its cells. */
  enum Column {
    /** Inline text, left-aligned. */
    TEXT,
    /** A number, right-aligned. */
    NUMBER,
    /** Inline code, such as a fingerprint. */
    CODE
  }

  /** The blocks written so far, each ending with a line break; a blank line separates them. */
  private final List<String> blocks = new java.util.ArrayList<>();

  /** A heading of {@code level} (1 to 6). */
  Markdown heading(int level, String title) {
    blocks.add("#".repeat(level) + " " + inline(title) + "\n");
    return this;
  }

  /** A paragraph of inline text. */
  Markdown paragraph(String words) {
    blocks.add(inline(words) + "\n");
    return this;
  }

  /** A quoted warning paragraph: {@code > **Warning:** ...}. */
  Markdown warning(String words) {
    blocks.add("> **Warning:** " + inline(words) + "\n");
    return this;
  }

  /** A table with a header row; each column shows its cells as {@code columns} says. */
  Markdown table(List<String> headers, List<Column> columns, List<List<String>> rows) {
    StringBuilder table = new StringBuilder();
    table.append('|');
    headers.forEach(header -> table.append(' ').append(inline(header)).append(" |"));
    table.append("\n|");
    columns.forEach(column -> table.append(column == Column.NUMBER ? "---:|" : "---|"));
    table.append('\n');
    for (List<String> row : rows) {
      table.append('|');
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        table.append(' ').append(columns.get(i) == Column.CODE ? code(cell) : inline(cell))
            .append(" |");
      }
      table.append('\n');
    }
    blocks.add(table.toString());
    return this;
  }

  /** A fenced code block of {@code lines}, shown as they are, never rendered. */
  Markdown codeBlock(List<String> lines) {
    String fence = "`".repeat(Math.max(3, longestBacktickRun(lines) + 1));
    StringBuilder block = new StringBuilder(fence).append('\n');
    // A line break inside one of the lines only starts another line inside the fence.
    lines.forEach(line -> block.append(Console.visible(line.replace("\r\n", "\n")
        .replace('\r', '\n')).replace("\\n", "\n")).append('\n'));
    blocks.add(block.append(fence).append('\n').toString());
    return this;
  }

  /** {@code words} as inline code, on one line, with a fence no backtick run in it can close. */
  static String code(String words) {
    String line = Console.visible(words.replace('\r', ' ').replace('\n', ' '));
    String fence = "`".repeat(longestBacktickRun(List.of(line)) + 1);
    String padding = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return fence + padding + line + padding + fence;
  }

  private static int longestBacktickRun(List<String> lines) {
    int longest = 0;
    for (String line : lines) {
      int run = 0;
      for (int i = 0; i < line.length(); i++) {
        run = line.charAt(i) == '`' ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    return longest;
  }

  /** {@code words} on one line, every markup character escaped. */
  static String inline(String words) {
    String visible = Console.visible(words.replace("\r\n", " ").replace('\n', ' ')
        .replace('\r', ' '));
    StringBuilder escaped = new StringBuilder(visible.length() + 8);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      if (c == '<') {
        escaped.append("&lt;");
      } else if (c == '>') {
        escaped.append("&gt;");
      } else if (c == '&') {
        escaped.append("&amp;");
      } else if (SPECIAL.indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return String.join("\n", blocks);
  }
}
