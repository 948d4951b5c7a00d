package org.retention.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.report.VerdictMessages;

/**
 * Objects that should have become collectable did not, or no verdict could be given:
 *
 * <pre>
 * Expecting map values to be collectable after clear(), but 1 of 1,000 is still reachable
 * after 2 full GCs (G1, 38 ms):
 *   value "session-17" (org.example.Session)
 * </pre>
 */
public class ShouldBeCollectable extends BasicErrorMessageFactory {

  /**
   * The message for a {@code RETAINED} or {@code INCONCLUSIVE} verdict.
   *
   * @param what what was watched, for example "map values"
   * @param removal what should have released it, for example "clear()"
   * @param verdict the verdict
   * @param explanation further lines that explain the verdict (retention paths); may be empty
   */
  public static ErrorMessageFactory shouldBeCollectable(
      String what, String removal, RetentionVerdict verdict, String explanation) {
    String body = switch (verdict.outcome()) {
      case RETAINED -> VerdictMessages.summary(verdict) + ":" + System.lineSeparator()
          + (explanation.isEmpty() ? VerdictMessages.retainedList(verdict) : explanation);
      case INCONCLUSIVE -> VerdictMessages.inconclusive(verdict);
      case RELEASED -> throw new IllegalArgumentException("a released verdict is no failure");
    };
    return new ShouldBeCollectable(what, removal, body);
  }

  private ShouldBeCollectable(String what, String removal, String body) {
    super("%nExpecting %s to be collectable after %s, but %s",
        unquotedString(what), unquotedString(removal), unquotedString(body));
  }
}
