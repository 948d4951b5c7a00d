package org.retention.core.report;

import java.util.Locale;

/**
 * What kind of check a {@link CheckRecord} records; each kind has its own {@link CheckDetails}.
 *
 * <pre>{@code
 * if (check.kind() == CheckKind.GROWTH) {
 *   GrowthDetails growth = (GrowthDetails) check.details();
 * }
 * }</pre>
 */
public enum CheckKind {
  /** Watched objects must be collectable ({@link ObjectDetails}). */
  OBJECT,
  /** No more live instances of some classes than before ({@link InstanceDetails}). */
  INSTANCES,
  /** A repeated action must not pile objects up ({@link GrowthDetails}). */
  GROWTH,
  /** Threads a test started must have ended ({@link ThreadDetails}). */
  THREADS,
  /** A closed Spring application context must be collectable ({@link ObjectDetails}). */
  CONTEXT;

  /** Read for every check of every report: made once. */
  private final String word = name().toLowerCase(Locale.ROOT);

  /** The report's word for it: {@code object}, {@code instances}, {@code growth}, … */
  public String word() {
    return word;
  }

  /**
   * The kind the report's word names.
   *
   * @throws IllegalArgumentException for a word that names no kind
   */
  public static CheckKind fromWord(String word) {
    for (CheckKind kind : values()) {
      if (kind.word().equals(word)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown check kind '" + word
        + "': expected object, instances, growth, threads or context");
  }
}
