package org.retention.assertj;

import static java.util.regex.Pattern.quote;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.retention.core.gc.GcCoordinator;

/**
 * Regular expressions for retention failure messages: exact text, except the collection count
 * and the milliseconds, which vary from run to run.
 */
final class RetentionMessages {
  private static final String NEWLINE = quote(System.lineSeparator());

  private RetentionMessages() {}

  /**
   * The whole message of a retained verdict.
   *
   * @param summary for example "1 of 2 is": the counts and the verb
   * @param lines the retained-object lines, without indentation
   */
  static String retained(String what, String removal, String summary, String... lines) {
    return NEWLINE + quote("Expecting " + what + " to be collectable after " + removal + ", but "
        + summary + " still reachable after ")
        + "[\\d,]+ full GCs \\(" + quote(GcCoordinator.shared().collector().displayName())
        + ", [\\d,]+ ms\\):" + NEWLINE
        + Arrays.stream(lines).map(line -> quote("  " + line) + NEWLINE)
            .collect(Collectors.joining());
  }

  /** The message line of a retained {@link Session}. */
  static String session(String kind, String name) {
    return kind + " Session[name=" + name + "] (" + Session.class.getName() + ")";
  }
}
