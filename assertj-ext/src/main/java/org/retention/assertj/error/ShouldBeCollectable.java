package org.retention.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.retention.core.CheckResult;

/**
 * A retention check failed: objects that should have become collectable did not, no verdict
 * could be given, or the input could prove nothing. The words are core's {@link
 * CheckResult#failureMessage()}, the same for every front end:
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
   * The message for a failed check.
   *
   * @param result a check whose {@link CheckResult#failed()} is true
   * @throws IllegalArgumentException for a check that did not fail
   */
  public static ErrorMessageFactory shouldBeCollectable(CheckResult result) {
    if (!result.failed()) {
      throw new IllegalArgumentException("a check that did not fail is no failure");
    }
    return new ShouldBeCollectable(result.failureMessage());
  }

  private ShouldBeCollectable(String failureMessage) {
    super("%n%s", unquotedString(failureMessage));
  }
}
