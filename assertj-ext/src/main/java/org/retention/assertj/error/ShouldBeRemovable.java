package org.retention.assertj.error;

import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.retention.core.CheckMessages;
import org.retention.core.probe.DescribeMode;

/**
 * The removal itself failed, most often because the map is unmodifiable:
 *
 * <pre>
 * Expecting map values to be collectable after clear(), but clear() threw
 * java.lang.UnsupportedOperationException: the map (java.util.ImmutableCollections$MapN) is
 * unmodifiable, so it can release nothing. Assert on the modifiable map behind it.
 * </pre>
 */
public class ShouldBeRemovable extends BasicErrorMessageFactory {

  /**
   * The message for a removal that threw, naming the exception with its message.
   *
   * @param what what was watched, for example "map values"
   * @param removal the removal, for example "clear()"
   * @param actual the map
   * @param thrown what the removal threw
   */
  public static ErrorMessageFactory shouldBeRemovable(
      String what, String removal, Map<?, ?> actual, Throwable thrown) {
    return shouldBeRemovable(what, removal, actual, thrown, DescribeMode.TO_STRING);
  }

  /**
   * The message for a removal that threw; in {@link DescribeMode#CLASS_NAMES} mode the exception
   * is named by its class alone, since its message may carry user data.
   */
  public static ErrorMessageFactory shouldBeRemovable(String what, String removal,
      Map<?, ?> actual, Throwable thrown, DescribeMode describe) {
    return new ShouldBeRemovable(
        CheckMessages.removalFailed(what, removal, actual.getClass(), thrown, describe));
  }

  private ShouldBeRemovable(String message) {
    super("%n%s", unquotedString(message));
  }
}
