package org.retention.assertj;

import static java.util.regex.Pattern.quote;

import java.util.Arrays;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.internal.gc.GcCoordinator;

/**
 * Regular expressions for retention failure messages as users see them, explained: exact text,
 * except what varies from run to run (the collection count, the milliseconds, retained bytes and
 * each object's retention path, which {@code RetentionMapAssert_explanation_Test} pins).
 */
final class RetentionMessages {
  private static final String NEWLINE = quote(System.lineSeparator());
  /** The lines that explain one object: its GC root, the path, the suspect, the fingerprint. */
  private static final String EXPLANATION =
      "(?:  (?:GC root: |suspect reference: |leak fingerprint: |strongly reachable"
          + "|softly reachable|  ).*"
          + NEWLINE + ")+";

  private RetentionMessages() {}

  /**
   * The whole message of a retained verdict.
   *
   * @param summary for example "1 of 2 is": the counts and the verb
   * @param objects one {@link #session} expression per explained object, then {@link #andMore}
   */
  static String retained(String what, String removal, String summary, String... objects) {
    return NEWLINE + quote("Expecting " + what + " to be collectable after " + removal + ", but "
        + summary + " still strongly reachable after ")
        + "[\\d,]+ full GCs \\(" + quote(GcCoordinator.shared().collector().displayName())
        + ", [\\d,]+ ms\\):" + NEWLINE
        + String.join("", Arrays.asList(objects));
  }

  /** A retained {@link Session}'s line, with the lines of its explanation. */
  static String session(String kind, String name) {
    return quote("  " + kind + " Session[name=" + name + "] (" + Session.class.getName()
        + ", retains ") + "[\\d,]+ bytes\\)" + NEWLINE + EXPLANATION;
  }

  /**
   * The line counting the retained objects beyond the first {@value
   * RetentionExplainer#MAX_EXPLAINED}, which are explained one by one.
   */
  static String andMore(int count) {
    return quote("  ... and " + count + " more") + NEWLINE;
  }
}
