package org.retention.core;

import java.util.List;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.text.ExplanationMessages;
import org.retention.core.internal.text.Descriptions;
import org.retention.core.internal.text.VerdictMessages;
import org.retention.core.probe.DescribeMode;

/**
 * The words of every retention check's failures, one sentence each, so that every front end says
 * the same thing the same way: {@code "Expecting <what> to be collectable after <removal>, but
 * <why>"}. Public, so that front ends and their tests build the very messages a check gives.
 *
 * <pre>{@code
 * String failure = CheckMessages.nothingToProve("map values", "clear()", "{}");
 * // "Expecting map values to be collectable after clear(), but there are none in: ..."
 * }</pre>
 */
public final class CheckMessages {
  /** What a test should watch instead of a JVM constant. */
  private static final String TEST_OBJECTS = " objects that the test creates, such as"
      + " new String(\"...\"), new Object() or integers outside -128..127.";

  private CheckMessages() {}

  /** The opening every failure shares: {@code "Expecting map values to be collectable after clear(), but "}. */
  public static String expecting(String what, String removal) {
    return "Expecting " + what + " to be collectable after " + removal + ", but ";
  }

  /** A failed or inconclusive verdict with what its explanation found. */
  public static String notCollectable(String what, String removal, Explanation explanation) {
    if (explanation.verdict().released()) {
      throw new IllegalArgumentException("a released verdict is no failure");
    }
    return expecting(what, removal) + ExplanationMessages.of(explanation);
  }

  /** Nothing to watch: the container is empty or holds only nulls. */
  public static String nothingToProve(String what, String removal, String container) {
    return expecting(what, removal) + "there are none in:" + System.lineSeparator() + "  "
        + container + System.lineSeparator() + "so there is nothing to prove. Put the objects"
        + " under test in the map first.";
  }

  /** The removal took nothing out of the container, so nothing was watched. */
  public static String nothingRemoved(String what, String removal, String container) {
    return expecting(what, removal) + removal + " took nothing out of:" + System.lineSeparator()
        + "  " + container + System.lineSeparator()
        + "so nothing was removed, and there is nothing to prove.";
  }

  /**
   * The removal threw; an {@link UnsupportedOperationException} says that the container is
   * unmodifiable. In {@link DescribeMode#CLASS_NAMES} mode the exception's message, which may
   * carry user data, is left out.
   */
  public static String removalFailed(String what, String removal, Class<?> containerClass,
      Throwable thrown, DescribeMode describe) {
    String exception = describe == DescribeMode.CLASS_NAMES
        ? thrown.getClass().getName() : Descriptions.safeToString(thrown);
    return expecting(what, removal) + removal + " threw " + exception
        + (thrown instanceof UnsupportedOperationException
            ? ": the map (" + containerClass.getName() + ") is unmodifiable, so it can release"
                + " nothing. Assert on the modifiable map behind it."
            : ".");
  }

  /**
   * Watched objects that the JVM itself keeps alive.
   *
   * @param constants one line per listed constant: the object and what keeps it alive
   * @param count how many constants there are in all
   */
  public static String jvmConstants(
      String what, String removal, List<String> constants, int count) {
    StringBuilder text = new StringBuilder(expecting(what, removal))
        .append(count == 1 ? "1 of them is" : VerdictMessages.number(count) + " of them are")
        .append(" kept alive by the JVM itself, so it could never be collected and this"
            + " assertion could prove nothing:").append(System.lineSeparator());
    constants.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
    return text.append(VerdictMessages.andMore(count - constants.size()))
        .append("Use").append(TEST_OBJECTS).toString();
  }

  /** One listed JVM constant: {@code value 42 (java.lang.Integer), kept by the Integer cache}. */
  public static String jvmConstant(String kind, String description, Object object, String reason) {
    return kind + " " + description + " (" + object.getClass().getName() + "), kept by " + reason;
  }

  /** Why an object, a JVM constant, cannot be tracked. */
  public static String cannotTrack(Object object, String reason, DescribeMode describe) {
    String description =
        describe == DescribeMode.CLASS_NAMES ? "an object" : Descriptions.describe(object);
    return "Cannot track " + description + " (" + object.getClass().getName()
        + "): the JVM itself keeps it alive (" + reason + "), so it could never be collected"
        + " and the check could prove nothing. Track" + TEST_OBJECTS;
  }
}
