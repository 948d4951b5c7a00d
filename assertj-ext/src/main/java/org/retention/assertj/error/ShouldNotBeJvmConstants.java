package org.retention.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.retention.core.CheckMessages;

/**
 * The map holds objects that the JVM itself keeps alive (small boxed integers, enum constants,
 * interned strings, Boolean constants, classes of the JVM's own loaders), which can never be
 * collected and so prove nothing:
 *
 * <pre>
 * Expecting map values to be collectable after clear(), but 1 of them is kept alive by the JVM
 * itself, so it could never be collected and this assertion could prove nothing:
 *   value 42 (java.lang.Integer), kept by the Integer cache (valueOf keeps -128..127)
 * Use objects that the test creates, such as new String("..."), new Object() or integers
 * outside -128..127.
 * </pre>
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
    return new ShouldNotBeJvmConstants(
        CheckMessages.jvmConstants(what, removal, constants, count));
  }

  private ShouldNotBeJvmConstants(String message) {
    super("%n%s", unquotedString(message));
  }
}
