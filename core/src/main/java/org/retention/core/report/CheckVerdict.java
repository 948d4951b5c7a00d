package org.retention.core.report;

import java.util.Locale;

/**
 * The outcome of one retention check, in the one word that the JSON report, the JUnit report
 * entries and the messages all use.
 *
 * <pre>{@code
 * if (check.verdict() == CheckVerdict.RETAINED) {
 *   System.out.println(check.name() + ": " + check.verdict().word());   // "…: retained"
 * }
 * }</pre>
 */
public enum CheckVerdict {
  /** Every watched object was proven collectable. */
  RELEASED,
  /** Some watched object was still reachable after proven full collections: a leak. */
  RETAINED,
  /** A leak whose every fingerprint the baseline accepts: recorded, but not failing. */
  ACCEPTED,
  /** No verdict could be given (a VM that would not collect); never a pass. */
  INCONCLUSIVE;

  /** Read for every check of every report: made once. */
  private final String word = name().toLowerCase(Locale.ROOT);

  /** The word for this verdict: {@code released}, {@code retained}, {@code accepted} or {@code inconclusive}. */
  public String word() {
    return word;
  }

  /**
   * The verdict a {@link #word()} names.
   *
   * @throws IllegalArgumentException for any other word
   */
  public static CheckVerdict fromWord(String word) {
    for (CheckVerdict verdict : values()) {
      if (verdict.word().equals(word)) {
        return verdict;
      }
    }
    throw new IllegalArgumentException("not a retention verdict: '" + word + "'");
  }

  /** Whether this verdict fails a build: {@link #RETAINED} and {@link #INCONCLUSIVE}. */
  public boolean failing() {
    return this == RETAINED || this == INCONCLUSIVE;
  }
}
