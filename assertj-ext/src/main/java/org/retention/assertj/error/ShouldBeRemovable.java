package org.retention.assertj.error;

import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The removal itself failed, most often because the map is unmodifiable. */
public class ShouldBeRemovable extends BasicErrorMessageFactory {

  /**
   * The message for a removal that threw.
   *
   * @param what what was watched, for example "map values"
   * @param removal the removal, for example "clear()"
   * @param actual the map
   * @param thrown what the removal threw
   */
  public static ErrorMessageFactory shouldBeRemovable(
      String what, String removal, Map<?, ?> actual, RuntimeException thrown) {
    return new ShouldBeRemovable(what, removal, actual, thrown);
  }

  private ShouldBeRemovable(String what, String removal, Map<?, ?> actual, RuntimeException thrown) {
    super("%nExpecting %s to be collectable after %s, but %s threw %s%s",
        unquotedString(what), unquotedString(removal), unquotedString(removal),
        unquotedString(String.valueOf(thrown)),
        unquotedString(thrown instanceof UnsupportedOperationException
            ? ": the map (" + actual.getClass().getName() + ") is unmodifiable, so it can release"
                + " nothing. Assert on the modifiable map behind it."
            : "."));
  }
}
