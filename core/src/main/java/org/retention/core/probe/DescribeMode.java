package org.retention.core.probe;

/**
 * How much of a user's object Retention may show in a message: its truncated {@code toString()}
 * (the default), or, for suites whose objects hold secrets, only its class and position.
 *
 * <pre>{@code
 * // junit-platform.properties, or -Dretention.describe=classNames
 * retention.describe=classNames
 * }</pre>
 */
public enum DescribeMode {
  /** Its truncated, single-line {@code toString()}, strings quoted. */
  TO_STRING("toString"),
  /**
   * Only its position among the watched objects ({@code #17}); its class is shown beside it. No
   * {@code toString()} of a user's object is ever called.
   */
  CLASS_NAMES("classNames");

  /**
   * Configuration parameter choosing the mode: {@code toString} (default) or {@code classNames}.
   */
  public static final String KEY = "retention.describe";

  private final String key;

  DescribeMode(String key) {
    this.key = key;
  }

  /**
   * The mode a {@link #KEY} value names, case-insensitively.
   *
   * @throws IllegalArgumentException naming the key and the value when it names no mode
   */
  public static DescribeMode fromKey(String value) {
    for (DescribeMode mode : values()) {
      if (mode.key.equalsIgnoreCase(value.trim())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        KEY + " must be toString or classNames, but was '" + value + "'");
  }
}
