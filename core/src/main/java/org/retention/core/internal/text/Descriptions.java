package org.retention.core.internal.text;

import java.time.Duration;
import java.util.function.Supplier;
import org.retention.core.probe.DescribeMode;

/**
 * How Retention names a user's object in a message: a short, single-line, truncated {@code
 * toString()}, with strings quoted so that {@code "42"} and {@code 42} read differently; or, for
 * suites whose objects hold secrets, no {@code toString()} at all ({@link
 * DescribeMode#CLASS_NAMES}).
 *
 * <p>A user's {@code toString()} is hostile until proven otherwise: whatever it throws or returns
 * (null, an {@code Error}, a surrogate pair cut in half), describing never throws and always
 * yields well-formed text; and a {@link Budget} bounds the time one message spends on them.
 */
public final class Descriptions {
  /** Longest description shown, in code points; longer ones end with an ellipsis. */
  public static final int MAX_LENGTH = 60;

  /** How long describing the objects of one message may take before the rest go unnamed. */
  public static final Duration BUDGET = Duration.ofSeconds(1);

  private Descriptions() {}

  /** Describes {@code object}, never throwing, whatever its {@code toString()} does. */
  public static String describe(Object object) {
    if (object == null) {
      return "null";
    }
    String text = safeToString(object);
    return truncate(object instanceof CharSequence ? "\"" + text + "\"" : text);
  }

  /**
   * Describes the watched object at {@code index} as {@code mode} allows: {@link
   * #describe(Object)} or {@code #index}.
   */
  public static String describe(Object object, int index, DescribeMode mode) {
    return mode == DescribeMode.CLASS_NAMES ? unnamed(index) : describe(object);
  }

  /** How an object is named without its {@code toString()}: its index, {@code #17}. */
  public static String unnamed(int index) {
    return "#" + index;
  }

  /**
   * {@code String.valueOf(object)}, or, when its {@code toString()} throws anything or returns
   * null, a stand-in that says so: {@code org.example.Session@1b6d3586 (toString() threw
   * AssertionError)}.
   */
  public static String safeToString(Object object) {
    return safely(() -> String.valueOf(object), object == null ? Object.class : object.getClass(),
        object == null ? 0 : System.identityHashCode(object));
  }

  /**
   * The text user code makes for an object of {@code type}, or, when it throws anything or
   * returns null, a stand-in that says so.
   */
  public static String safely(Supplier<String> userText, Class<?> type) {
    return safely(userText, type, -1);
  }

  private static String safely(Supplier<String> userText, Class<?> type, int identityHash) {
    String text;
    String failure;
    try {
      text = userText.get();
      failure = "returned null";
    } catch (Throwable thrown) { // a user's toString() may throw anything, Errors included
      text = null;
      failure = "threw " + thrown.getClass().getSimpleName();
    }
    if (text != null) {
      return text;
    }
    return type.getName() + (identityHash < 0 ? "" : "@" + Integer.toHexString(identityHash))
        + " (toString() " + failure + ")";
  }

  /** Folds white space and cuts {@code text} to {@link #MAX_LENGTH} code points. */
  static String truncate(String text) {
    String folded = text.replaceAll("\\s+", " ");
    if (folded.codePointCount(0, folded.length()) <= MAX_LENGTH) {
      return folded;
    }
    return folded.substring(0, folded.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
  }

  /** Starts the time budget of one message's descriptions. */
  public static Budget budget() {
    return new Budget(System.nanoTime() + BUDGET.toNanos());
  }

  /**
   * The time one message may spend calling {@code toString()}: once spent, objects are named by
   * index, as in {@link DescribeMode#CLASS_NAMES} mode. Not thread-safe: one per message.
   */
  public static final class Budget {
    private final long deadline;

    private Budget(long deadline) {
      this.deadline = deadline;
    }

    /** Describes the object at {@code index} as {@code mode} allows, while time is left. */
    public String describe(Object object, int index, DescribeMode mode) {
      return System.nanoTime() - deadline < 0
          ? Descriptions.describe(object, index, mode) : unnamed(index);
    }
  }
}
