package org.retention.core.probe;

/**
 * How Retention names a user's object in a message: a short, single-line, truncated {@code
 * toString()}, with strings quoted so that {@code "42"} and {@code 42} read differently; or, for
 * suites whose objects hold secrets, no {@code toString()} at all ({@link Mode#CLASS_NAMES}).
 */
public final class Descriptions {
  /** Longest description shown; longer ones end with an ellipsis. */
  public static final int MAX_LENGTH = 60;

  /**
   * Configuration parameter choosing the {@link Mode}: {@code toString} (default) or {@code
   * classNames}.
   */
  public static final String MODE_KEY = "retention.describe";

  /** How much of an object a message may show. */
  public enum Mode {
    /** Its truncated {@code toString()}. */
    TO_STRING("toString"),
    /**
     * Only its position among the watched objects ({@code #17}); its class is shown beside it.
     * For suites whose objects hold secrets: no {@code toString()} is ever called.
     */
    CLASS_NAMES("classNames");

    private final String key;

    Mode(String key) {
      this.key = key;
    }

    /** The mode a {@link #MODE_KEY} value names, case-insensitively. */
    public static Mode fromKey(String value) {
      for (Mode mode : values()) {
        if (mode.key.equalsIgnoreCase(value.trim())) {
          return mode;
        }
      }
      throw new IllegalArgumentException(MODE_KEY + " must be toString or classNames, but was '"
          + value + "'");
    }
  }

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
  public static String describe(Object object, int index, Mode mode) {
    return mode == Mode.CLASS_NAMES ? "#" + index : describe(object);
  }
}
