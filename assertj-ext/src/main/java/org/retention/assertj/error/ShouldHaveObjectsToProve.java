package org.retention.assertj.error;

import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.retention.core.CheckMessages;

/**
 * The map holds nothing to watch (it is empty, or holds only nulls), so nothing can be proven:
 *
 * <pre>
 * Expecting map values to be collectable after clear(), but there are none in:
 *   {}
 * so there is nothing to prove. Put the objects under test in the map first.
 * </pre>
 */
public class ShouldHaveObjectsToProve extends BasicErrorMessageFactory {

  /**
   * The message for an assertion with nothing to watch.
   *
   * @param what what would have been watched, for example "map values"
   * @param removal the removal, for example "clear()"
   * @param actual the map
   */
  public static ErrorMessageFactory shouldHaveObjectsToProve(
      String what, String removal, Object actual) {
    return new ShouldHaveObjectsToProve(
        CheckMessages.nothingToProve(what, removal, STANDARD_REPRESENTATION.toStringOf(actual)));
  }

  private ShouldHaveObjectsToProve(String message) {
    super("%n%s", unquotedString(message));
  }
}
