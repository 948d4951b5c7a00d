package org.retention.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippets that the README's Quick start promises a new project can paste: each fenced code
 * block on the line after a marker comment ({@link MarkedBlocks}), {@code <!-- quickstart:pom -->}
 * (the inside of a {@code <project>}, after its coordinates) or {@code <!-- quickstart:test -->} (a
 * whole test class).
 *
 * <pre>{@code
 * QuickStartSnippets snippets = QuickStartSnippets.of(Files.readString(readme));
 * snippets.pom();             // "<properties>\n  ..."
 * snippets.declaredTests();   // 47: each @Test once, each @RepeatedTest(n) n times
 * }</pre>
 *
 * @param pom the Maven snippet
 * @param tests the Java snippets, in the README's order
 */
record QuickStartSnippets(String pom, List<String> tests) {
  /** The marker of the Maven snippet: {@code <!-- quickstart:pom -->}. */
  static final String POM = "pom";
  /** The marker of each Java snippet: {@code <!-- quickstart:test -->}. */
  static final String TEST = "test";

  private static final Pattern MARKER = Pattern.compile("<!-- quickstart:(\\w+) -->");
  private static final Pattern TEST_ANNOTATION = Pattern.compile("@Test\\b");
  private static final Pattern REPEATED_TEST = Pattern.compile("@RepeatedTest\\((\\d+)\\)");

  /** Copies. */
  QuickStartSnippets {
    tests = List.copyOf(tests);
  }

  /**
   * The marked snippets of {@code markdown}.
   *
   * @throws IllegalArgumentException naming the line, when a marker is unknown or repeated, has no
   *     fenced block right after it, or when the page marks no Maven or no Java snippet
   */
  static QuickStartSnippets of(String markdown) {
    List<String> lines = markdown.lines().toList();
    String pom = null;
    List<String> tests = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i).strip());
      if (!marker.matches()) {
        continue;
      }
      String block = MarkedBlocks.after(lines, i);
      switch (marker.group(1)) {
        case POM -> {
          if (pom != null) {
            throw new IllegalArgumentException(
                "line " + (i + 1) + " marks a second Maven snippet: " + lines.get(i));
          }
          pom = block;
        }
        case TEST -> tests.add(block);
        default -> throw new IllegalArgumentException("line " + (i + 1) + " has an unknown marker: "
            + lines.get(i) + " (known: quickstart:" + POM + ", quickstart:" + TEST + ")");
      }
    }
    if (pom == null || tests.isEmpty()) {
      throw new IllegalArgumentException("no <!-- quickstart:" + (pom == null ? POM : TEST)
          + " --> marks a " + (pom == null ? "Maven" : "Java") + " snippet");
    }
    return new QuickStartSnippets(pom, tests);
  }

  /** The tests the Java snippets declare, as surefire counts them. */
  int declaredTests() {
    int count = 0;
    for (String test : tests) {
      count += (int) TEST_ANNOTATION.matcher(test).results().count();
      count += REPEATED_TEST.matcher(test).results()
          .mapToInt(repeated -> Integer.parseInt(repeated.group(1))).sum();
    }
    return count;
  }
}
