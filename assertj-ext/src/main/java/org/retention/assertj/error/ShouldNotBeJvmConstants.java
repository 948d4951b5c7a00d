package org.retention.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The map holds objects that the JVM itself keeps alive (small boxed integers, enum constants,
 * interned strings, Boolean constants, classes), which can never be collected and so prove
 * nothing.
 */
public class ShouldNotBeJvmConstants extends BasicErrorMessageFactory {

  /**
   * The message for watched objects that are JVM constants.
   *
   * @param what what would have been watched, for example "map values"
   * @param removal the removal, for example "clear()"
   * @param constants one line per constant: the object and what keeps it alive
   * @param count how many constants there are in all (more than listed when long)
   */
  public static ErrorMessageFactory shouldNotBeJvmConstants(
      String what, String removal, List<String> constants, int count) {
    return new ShouldNotBeJvmConstants(what, removal, constants, count);
  }

  private ShouldNotBeJvmConstants(String what, String removal, List<String> constants, int count) {
    super("%nExpecting %s to be collectable after %s, but %s kept alive by the JVM itself, so it"
            + " could never be collected and this assertion could prove nothing:%n%s"
            + "Use objects that the test creates, such as new String(\"...\"), new Object() or"
            + " integers outside -128..127.",
        unquotedString(what), unquotedString(removal),
        unquotedString(count == 1 ? "1 of them is" : count + " of them are"),
        unquotedString(lines(constants, count)));
  }

  private static String lines(List<String> constants, int count) {
    StringBuilder text = new StringBuilder();
    constants.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
    if (count > constants.size()) {
      text.append("  ... and ").append(count - constants.size()).append(" more")
          .append(System.lineSeparator());
    }
    return text.toString();
  }
}
