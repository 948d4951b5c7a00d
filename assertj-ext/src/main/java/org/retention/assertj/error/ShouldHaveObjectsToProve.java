package org.retention.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The map holds nothing to watch (it is empty, or holds only nulls), so nothing can be proven. */
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
    return new ShouldHaveObjectsToProve(what, removal, actual);
  }

  private ShouldHaveObjectsToProve(String what, String removal, Object actual) {
    super("%nExpecting %s to be collectable after %s, but there are none in:%n  %s%n"
            + "so there is nothing to prove. Put the objects under test in the map first.",
        unquotedString(what), unquotedString(removal), actual);
  }
}
