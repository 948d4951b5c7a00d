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
    UserText text = UserText.of(() -> String.valueOf(object));
    if (text.failure() != null) {
      return standIn(object.getClass(), System.identityHashCode(object), text.failure());
    }
    return truncate(object instanceof CharSequence ? "\"" + text.text() + "\"" : text.text());
  }

  /**
   * Describes the watched object at {@code index} as {@code mode} allows: {@link
   * #describe(Object)} or {@code #index}.
   */
  public static String describe(Object object, int index, DescribeMode mode) {
    return mode == DescribeMode.CLASS_NAMES ? unnamed(index) : describe(object);
  }

  /** How an object is named without its {@code toString()}: its index, {@code #17}. */
  private static String unnamed(int index) {
    return "#" + index;
  }

  /**
   * {@code String.valueOf(object)}, whole, or, when its {@code toString()} throws anything or
   * returns null, a stand-in that says so: {@code org.example.Session@1b6d3586 (toString() threw
   * AssertionError)}.
   */
  public static String safeToString(Object object) {
    if (object == null) {
      return "null";
    }
    UserText text = UserText.of(() -> String.valueOf(object));
    return text.failure() == null ? text.text()
        : standIn(object.getClass(), System.identityHashCode(object), text.failure());
  }

  /**
   * The text that user code makes for an object of {@code type}, or, when it throws anything or
   * returns null, a stand-in that says so.
   */
  public static String safely(Supplier<String> userText, Class<?> type) {
    UserText text = UserText.of(userText);
    return text.failure() == null ? text.text() : type.getName() + " (toString() "
        + text.failure() + ")";
  }

  private static String standIn(Class<?> type, int identityHash, String failure) {
    return type.getName() + "@" + Integer.toHexString(identityHash) + " (toString() " + failure
        + ")";
  }

  /** What user code returned, or how it failed: threw something, or returned null. */
  private record UserText(String text, String failure) {
    static UserText of(Supplier<String> userCode) {
      try {
        String text = userCode.get();
        return text != null ? new UserText(text, null) : new UserText(null, "returned null");
      } catch (Throwable thrown) { // a user's toString() may throw anything, Errors included
        return new UserText(null, "threw " + thrown.getClass().getSimpleName());
      }
    }
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
