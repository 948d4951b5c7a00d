package org.retention.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's snippet that runs the tests with retention-core as a Java agent ("Where it was
 * allocated"): the block after {@code <!-- agent:plugins -->}, a dependency plugin that names the
 * core jar and a surefire plugin that takes the place of the Quick start's.
 *
 * <pre>{@code
 * String pom = AgentSnippet.of(readme).into(QuickStartSnippets.of(readme).pom());
 * }</pre>
 *
 * @param plugins the {@code <plugin>} elements of the snippet
 */
record AgentSnippet(String plugins) {
  /** The marker of the snippet. */
  static final String MARKER = "<!-- agent:plugins -->";

  /** The first {@code <plugin>} element that configures surefire. */
  private static final Pattern SUREFIRE = Pattern.compile(
      "(?s)[ \\t]*<plugin>((?!</plugin>).)*?<artifactId>maven-surefire-plugin</artifactId>.*?</plugin>\\n?");

  /** The snippet {@link #MARKER} marks in {@code markdown}. */
  static AgentSnippet of(String markdown) {
    return new AgentSnippet(MarkedBlocks.single(markdown, MARKER));
  }

  /**
   * The Maven snippet {@code pom} with its surefire plugin replaced by this snippet's plugins, as
   * the README says to paste them.
   *
   * @throws IllegalArgumentException when {@code pom} has no surefire plugin
   */
  String into(String pom) {
    Matcher surefire = SUREFIRE.matcher(pom);
    if (!surefire.find()) {
      throw new IllegalArgumentException("the Maven snippet has no surefire plugin to replace:\n" + pom);
    }
    return pom.substring(0, surefire.start()) + plugins + pom.substring(surefire.end());
  }
}
