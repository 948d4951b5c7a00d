package org.retention.core.internal.text;

import org.retention.core.probe.DescribeMode;

/**
 * How Retention names a user's object in a message: a short, single-line, truncated {@code
 * toString()}, with strings quoted so that {@code "42"} and {@code 42} read differently; or, for
 * suites whose objects hold secrets, no {@code toString()} at all ({@link DescribeMode#CLASS_NAMES}).
 */
public final class Descriptions {
  /** Longest description shown; longer ones end with an ellipsis. */
  public static final int MAX_LENGTH = 60;

  private Descriptions() {}

  /** Describes {@code object}, never throwing, even when its {@code toString()} does. */
  public static String describe(Object object) {
    if (object == null) {
      return "null";
    }
    String text;
    try {
      text = object instanceof CharSequence ? "\"" + object + "\"" : String.valueOf(object);
    } catch (RuntimeException | StackOverflowError e) {
      return object.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(object))
          + " (toString() threw " + e.getClass().getSimpleName() + ")";
    }
    text = text.replaceAll("\\s+", " ");
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  /**
   * Describes the watched object at {@code index} as {@code mode} allows: {@link
   * #describe(Object)} or {@code #index}.
   */
  public static String describe(Object object, int index, DescribeMode mode) {
    return mode == DescribeMode.CLASS_NAMES ? "#" + index : describe(object);
  }
}
