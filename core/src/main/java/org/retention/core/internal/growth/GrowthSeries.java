package org.retention.core.internal.growth;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.retention.core.internal.count.ClassHistogram;

/**
 * The live counts of the classes that grew in every window so far. It keeps the first histogram
 * only until the second, then the counts of the classes still growing, so that its own memory
 * shrinks from window to window and can never look like growth itself.
 */
final class GrowthSeries {
  private final int boundaries;
  private final Predicate<String> ignored;
  private ClassHistogram first;
  /** Per class still growing: instances and bytes at each boundary so far. */
  private final Map<String, long[][]> growing = new LinkedHashMap<>();
  private int added;

  GrowthSeries(int windows, Predicate<String> ignored) {
    this.boundaries = windows + 1;
    this.ignored = ignored;
  }

  void add(ClassHistogram histogram) {
    if (added == 0) {
      first = histogram;
    } else if (added == 1) {
      histogram.instancesByName().forEach((name, count) -> {
        if (count > first.instancesOf(name) && !ignored.test(name)) {
          long[][] series = new long[2][boundaries];
          series[0][0] = first.instancesOf(name);
          series[1][0] = first.bytesOf(name);
          growing.put(name, series);
        }
      });
      first = null;
    } else {
      growing.keySet().removeIf(name -> histogram.instancesOf(name) <= growing.get(name)[0][added - 1]);
    }
    for (Map.Entry<String, long[][]> entry : growing.entrySet()) {
      entry.getValue()[0][added] = histogram.instancesOf(entry.getKey());
      entry.getValue()[1][added] = histogram.bytesOf(entry.getKey());
    }
    added++;
  }

  /** The classes that grew in every window so far. */
  Set<String> growingSoFar() {
    return growing.keySet();
  }

  /**
   * The classes that grew in every window and by at least {@code minimum} instances in all.
   */
  List<ClassGrowth> accumulating(long minimum) {
    List<ClassGrowth> result = new ArrayList<>();
    int last = added - 1;
    for (Iterator<Map.Entry<String, long[][]>> it = growing.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, long[][]> entry = it.next();
      long[] instances = entry.getValue()[0];
      long[] bytes = entry.getValue()[1];
      if (instances[last] - instances[0] >= minimum) {
        result.add(new ClassGrowth(entry.getKey(), instances[last] - instances[0],
            bytes[last] - bytes[0], instances[last] - instances[last - 1]));
      }
    }
    return result;
  }

  /**
   * How one class grew over the measured windows.
   *
   * @param className its JVM name
   * @param instances instances added from the first histogram to the last
   * @param bytes bytes added from the first histogram to the last
   * @param inLastWindow instances added in the last window
   */
  record ClassGrowth(String className, long instances, long bytes, long inLastWindow) {}
}
