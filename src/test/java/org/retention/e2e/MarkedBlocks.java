package org.retention.e2e;

import java.util.List;

/**
 * The fenced code blocks of a Markdown page that a marker comment on the line right before names
 * ({@code <!-- quickstart:pom -->}, {@code <!-- agent:plugins -->}): the markers make extraction
 * independent of the prose around the blocks, and are invisible on the rendered page.
 *
 * <pre>{@code
 * String plugins = MarkedBlocks.single(readme, "<!-- agent:plugins -->");   // "<plugin>\n..."
 * }</pre>
 */
final class MarkedBlocks {
  private static final String FENCE = "```";

  private MarkedBlocks() {}

  /**
   * The block after the one line of {@code markdown} that is {@code marker}.
   *
   * @throws IllegalArgumentException naming the line, when no line or several are the marker, or
   *     when no fenced block follows it
   */
  static String single(String markdown, String marker) {
    List<String> lines = markdown.lines().toList();
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals(marker)) {
        continue;
      }
      if (found >= 0) {
        throw new IllegalArgumentException("line " + (i + 1) + " repeats the marker of line "
            + (found + 1) + ": " + marker);
      }
      found = i;
    }
    if (found < 0) {
      throw new IllegalArgumentException("no line is the marker " + marker);
    }
    return after(lines, found);
  }

  /**
   * The block that opens on the line after {@code lines.get(marker)}, without its fences.
   *
   * @throws IllegalArgumentException naming the line, when no fence opens right after the marker
   *     or the block never closes
   */
  static String after(List<String> lines, int marker) {
    int open = marker + 1;
    if (open >= lines.size() || !lines.get(open).startsWith(FENCE)) {
      throw new IllegalArgumentException("line " + (marker + 1) + " marks no code block: "
          + lines.get(marker) + " must be followed by a ``` line");
    }
    StringBuilder block = new StringBuilder();
    for (int i = open + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        return block.toString();
      }
      block.append(lines.get(i)).append('\n');
    }
    throw new IllegalArgumentException("the code block opened at line " + (open + 1) + " never closes");
  }
}
