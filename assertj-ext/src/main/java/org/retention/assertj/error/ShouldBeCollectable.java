package org.retention.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.retention.core.explain.Explanation;

/**
 * Objects that should have become collectable did not, or no verdict could be given:
 *
 * <pre>
 * Expecting map values to be collectable after clear(), but 1 of 1,000 is still strongly
 * reachable after 2 full GCs (G1, 38 ms):
 *   value "session-17" (org.example.Session, retains 1,048,616 bytes)
 *   GC root: static field org.example.AuditLog.RECENT
 *     ArrayList.elementData
 *     Object[][3]
 *     AuditEntry.session
 *     -&gt; org.example.Session
 *   leak fingerprint: 5f0c6e2a91d4b387
 * </pre>
 */
public class ShouldBeCollectable extends BasicErrorMessageFactory {

  /**
   * The message for a {@code RETAINED} or {@code INCONCLUSIVE} verdict.
   *
   * @param what what was watched, for example "map values"
   * @param removal what should have released it, for example "clear()"
   * @param explanation the verdict with its retention paths, or alone when not explained
   */
  public static ErrorMessageFactory shouldBeCollectable(
      String what, String removal, Explanation explanation) {
    if (explanation.verdict().released()) {
      throw new IllegalArgumentException("a released verdict is no failure");
    }
    return new ShouldBeCollectable(what, removal, explanation.message());
  }

  private ShouldBeCollectable(String what, String removal, String body) {
    super("%nExpecting %s to be collectable after %s, but %s",
        unquotedString(what), unquotedString(removal), unquotedString(body));
  }
}
