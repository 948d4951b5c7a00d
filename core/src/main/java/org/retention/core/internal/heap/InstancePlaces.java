package org.retention.core.internal.heap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retention.core.explain.Fingerprints;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;

/**
 * Where the live instances of some classes are held, read from one heap dump: the places (a
 * collection's array, a field) that hold many of them, each with its path from a GC root and a
 * fingerprint, the biggest first. It explains an instance check whose count grew, with the same
 * search that finds where growing objects pile up.
 *
 * <pre>{@code
 * List<InstancePlaces.Place> places = InstancePlaces.holding(Map.of("org.example.Session", 10), 3);
 * }</pre>
 */
public final class InstancePlaces {
  private InstancePlaces() {}

  /**
   * A place holding instances of one class.
   *
   * @param className the class of the instances
   * @param instances how many of them the place holds
   * @param root the GC root of the path to the place
   * @param steps the steps from the root to one of the instances
   * @param placeStep the index in {@code steps} of the step into the place
   * @param placeClass the class of the place
   * @param fingerprint the fingerprint of the path
   */
  public record Place(String className, long instances, GcRoot root, List<PathStep> steps,
      int placeStep, String placeClass, String fingerprint) {
    /** Copies. */
    public Place {
      steps = List.copyOf(steps);
    }
  }

  /**
   * Dumps the heap and finds, for each class of {@code extraByClass}, the places that hold at
   * least half its extra instances (at least one), at most {@code placesPerClass} of them.
   *
   * @param extraByClass class names ({@link Class#getName()}) and how many instances are extra
   */
  public static List<Place> holding(Map<String, Long> extraByClass, int placesPerClass)
      throws IOException {
    Map<String, Integer> minimumByClass = new LinkedHashMap<>();
    extraByClass.forEach((name, extra) ->
        minimumByClass.put(name, (int) Math.min(Integer.MAX_VALUE, Math.max(1, extra / 2))));
    List<GrowthPaths.Pile> piles =
        GrowthPaths.piles(minimumByClass, EngineClasses.PREFIXES, GrowthPaths.Census.EMPTY);
    Map<String, Integer> placed = new LinkedHashMap<>();
    List<Place> places = new ArrayList<>();
    piles.stream()
        .sorted((a, b) -> Long.compare(b.instances(), a.instances()))
        .forEach(pile -> {
          if (placed.merge(pile.className(), 1, Integer::sum) <= placesPerClass) {
            String className = GrowthPaths.javaName(pile.className());
            places.add(new Place(className, pile.instances(), pile.root(), pile.steps(),
                pile.toPlace().size(), pile.placeClass(),
                Fingerprints.of(pile.root(), pile.steps(), className)));
          }
        });
    return places;
  }
}
