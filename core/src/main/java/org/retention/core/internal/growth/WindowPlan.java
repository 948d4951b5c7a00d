package org.retention.core.internal.growth;

/**
 * When a repeated action is measured: {@code warmUp} repetitions first, then {@code windows}
 * windows of {@code windowSize} repetitions, with a live class histogram at the end of the warm-up
 * and of every window.
 *
 * <pre>{@code
 * WindowPlan plan = WindowPlan.of(40, -1);   // 10 warm-up repetitions, 3 windows of 10
 * plan.warmUp();                              // 10: the first histogram is due then
 * }</pre>
 *
 * @param repetitions all repetitions
 * @param warmUp repetitions before the first histogram
 * @param windows measurement windows
 * @param windowSize repetitions per window
 */
public record WindowPlan(int repetitions, int warmUp, int windows, int windowSize) {
  /** Windows a plan has: growth must show in every one of them. */
  public static final int WINDOWS = 3;
  /** The fewest repetitions per window. */
  static final int MIN_WINDOW = 2;

  /**
   * The plan for {@code repetitions}, warming up with {@code warmUp} (or, when negative, a quarter
   * of them, at least 2); the repetitions that do not fill a whole window warm up too.
   *
   * @throws IllegalArgumentException when too few repetitions remain for the windows
   */
  public static WindowPlan of(int repetitions, int warmUp) {
    int wanted = warmUp >= 0 ? warmUp : Math.max(2, repetitions / 4);
    int windowSize = (repetitions - wanted) / WINDOWS;
    if (windowSize < MIN_WINDOW) {
      throw new IllegalArgumentException(String.format(
          "%d repetitions with %d to warm up leave fewer than %d per measurement window: repeat"
              + " at least %d times", repetitions, wanted, MIN_WINDOW,
          wanted + WINDOWS * MIN_WINDOW));
    }
    return new WindowPlan(repetitions, repetitions - WINDOWS * windowSize, WINDOWS, windowSize);
  }
}
