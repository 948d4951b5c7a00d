package org.retention.core.internal.growth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.retention.core.internal.count.ClassHistogram;

/**
 * The live counts, at each boundary so far, of the classes that grew in every window so far, and
 * how many repetitions had ended at each boundary (windows need not be the same size: confirming
 * windows grow).
 *
 * <p>Its own memory must never look like growth nor hide it: between two histograms it holds the
 * same number of objects, one string of names and one array of counts, each replaced at every
 * boundary. (A map of the first histogram's thousands of names would add thousands of strings in
 * the first window and drop them in the second, hiding a leak of strings.)
 */
final class GrowthSeries {
  private final int boundaries;
  private final Predicate<String> ignored;
  /** Repetitions ended at each boundary so far. */
  private final int[] repetitionsAt;
  /** The candidates' JVM names, one per line. */
  private String names = "";
  /** Per candidate: its instances at each boundary, then its bytes at each boundary. */
  private long[] counts = new long[0];
  private int added;

  /** @param boundaries the most histograms the series will be given */
  GrowthSeries(int boundaries, Predicate<String> ignored) {
    this.boundaries = boundaries;
    this.ignored = ignored;
    this.repetitionsAt = new int[boundaries];
  }

  /**
   * Adds the histogram taken after {@code repetitions}: a candidate stays one when it gained at
   * least {@code minimumGain} instances (and at least one) since the last boundary, and, when
   * {@code proportional}, at least half what its rate so far would have added over the window's
   * repetitions: growth that the repetitions cause grows with a longer window, growth
   * that other code adds in the same time does not.
   */
  void add(ClassHistogram histogram, int repetitions, long minimumGain, boolean proportional) {
    if (added == boundaries) {
      throw new IllegalStateException("a series of " + boundaries + " boundaries is full");
    }
    List<String> previous = candidates();
    List<String> kept = new ArrayList<>();
    long[] next = new long[(added == 0 ? histogram.instancesByName().size() : previous.size())
        * 2 * boundaries];
    if (added == 0) {
      histogram.instancesByName().keySet().stream().filter(name -> !ignored.test(name))
          .forEach(kept::add);
    }
    for (int i = 0; i < previous.size(); i++) {
      String name = previous.get(i);
      long gain = Math.max(minimumGain, proportional ? predictedGain(i, repetitions) / 2 : 0);
      if (gained(histogram, i, name, gain)) {
        System.arraycopy(counts, i * 2 * boundaries, next, kept.size() * 2 * boundaries,
            2 * boundaries);
        kept.add(name);
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      next[i * 2 * boundaries + added] = histogram.instancesOf(kept.get(i));
      next[i * 2 * boundaries + boundaries + added] = histogram.bytesOf(kept.get(i));
    }
    names = String.join("\n", kept);
    counts = Arrays.copyOf(next, kept.size() * 2 * boundaries);
    repetitionsAt[added] = repetitions;
    added++;
  }

  /**
   * The candidates that gained at least {@code minimumGain} instances (and at least one) in
   * {@code histogram} since the last boundary; the series itself is left as it is.
   */
  Set<String> grewSince(ClassHistogram histogram, long minimumGain) {
    List<String> names = candidates();
    Set<String> grew = new java.util.HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (gained(histogram, i, names.get(i), minimumGain)) {
        grew.add(names.get(i));
      }
    }
    return grew;
  }

  /** Whether candidate {@code i} has at least {@code gain} (and one) more instances than last. */
  private boolean gained(ClassHistogram histogram, int i, String name, long gain) {
    return histogram.instancesOf(name)
        >= counts[i * 2 * boundaries + added - 1] + Math.max(1, gain);
  }

  /**
   * What candidate {@code i} would have gained by {@code repetitions} at its rate since the first
   * boundary; nothing before a window has ended.
   */
  private long predictedGain(int i, int repetitions) {
    if (added < 2) {
      return 0;
    }
    int row = i * 2 * boundaries;
    double rate = (double) (counts[row + added - 1] - counts[row])
        / (repetitionsAt[added - 1] - repetitionsAt[0]);
    return (long) (rate * (repetitions - repetitionsAt[added - 1]));
  }

  private List<String> candidates() {
    return names.isEmpty() ? List.of() : List.of(names.split("\n"));
  }

  /** The classes that grew in every window so far; none before the first window ends. */
  Set<String> growingSoFar() {
    return added < 2 ? Set.of() : Set.copyOf(candidates());
  }

  /** The classes that grew in every window and by at least {@code minimum} instances in all. */
  List<ClassGrowth> accumulating(long minimum) {
    List<ClassGrowth> result = new ArrayList<>();
    if (added < 2) {
      return result;
    }
    List<String> names = candidates();
    int last = added - 1;
    // With one window only, its rate is all there is.
    int rateEnd = last > 1 ? last - 1 : last;
    for (int i = 0; i < names.size(); i++) {
      int row = i * 2 * boundaries;
      long instances = counts[row + last] - counts[row];
      if (instances >= minimum) {
        result.add(new ClassGrowth(names.get(i), instances,
            counts[row + rateEnd] - counts[row],
            counts[row + boundaries + rateEnd] - counts[row + boundaries],
            repetitionsAt[rateEnd] - repetitionsAt[0]));
      }
    }
    return result;
  }

  /**
   * How one class grew over the measured windows. Its rate is read from the windows before the
   * last: in the last one the census dump ran, and Retention's own first use of its analysis
   * (class loading, resolved string constants) adds objects of common classes there.
   *
   * @param className its JVM name
   * @param instances instances added from the first histogram to the last
   * @param beforeLast instances added in the windows before the last
   * @param bytesBeforeLast bytes added in the windows before the last
   * @param repetitionsBeforeLast how many repetitions those windows ran
   */
  record ClassGrowth(String className, long instances, long beforeLast, long bytesBeforeLast,
      int repetitionsBeforeLast) {
    /** Instances added per repetition, before the last window. */
    double perRepetition() {
      return (double) beforeLast / repetitionsBeforeLast;
    }
  }
}
