package org.retention.core.internal.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.retention.core.explain.PathStep;
import org.retention.core.internal.heap.InstancePlaces;
import org.retention.core.report.InstanceCount;

/**
 * Words an instance check's failure:
 *
 * <pre>
 * Expecting no more live instances after the test than before it, but 1 of 1 class has more,
 * counted after full GCs (G1, 40 ms):
 *   org.example.Session: 43 before, 53 after
 *   53 instances of org.example.Session held in one place:
 *   GC root: static field org.example.Registry.ALL
 *     ArrayList.elementData
 *     Object[][]    &lt;- held here: java.lang.Object[] holds 53 of them
 *     -&gt; org.example.Session
 *   leak fingerprint: 5f0c6e2a91d4b387
 * </pre>
 */
public final class InstanceMessages {
  private InstanceMessages() {}

  /** The failure of a check whose counts grew, with the places that hold the instances. */
  public static String grew(String when, int allowedSurvivors, List<InstanceCount> counts,
      List<InstancePlaces.Place> places, Optional<String> unexplained, String collector,
      long millis) {
    String newline = System.lineSeparator();
    List<InstanceCount> grown = counts.stream().filter(InstanceCount::grew).toList();
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "%s, but %d of %d %s more, counted after full GCs (%s, %,d ms):",
        expecting(when, allowedSurvivors), grown.size(), counts.size(),
        counts.size() == 1 ? "class has" : "classes have", collector, millis));
    for (InstanceCount count : grown) {
      text.append(newline).append("  ").append(count.className()).append(": ")
          .append(VerdictMessages.number(count.before())).append(" before, ")
          .append(VerdictMessages.number(count.after())).append(" after");
      places.stream().filter(place -> place.className().equals(count.className()))
          .forEach(place -> render(place, text, newline));
    }
    unexplained.ifPresent(reason ->
        text.append(newline).append("  (no retention path: ").append(reason).append(')'));
    return text.toString();
  }

  private static void render(InstancePlaces.Place place, StringBuilder text, String newline) {
    text.append(newline).append("  ").append(VerdictMessages.number(place.instances()))
        .append(place.instances() == 1 ? " instance of " : " instances of ")
        .append(place.className()).append(" held in one place:");
    text.append(newline).append("  GC root: ").append(place.root().description());
    List<PathStep> steps = place.steps();
    for (int i = 0; i < steps.size(); i++) {
      text.append(newline).append("    ").append(steps.get(i).text());
      if (i == place.placeStep()) {
        text.append("    <- held here: ").append(place.placeClass()).append(" holds ")
            .append(VerdictMessages.number(place.instances())).append(" of them");
      }
    }
    text.append(newline).append("    -> ").append(place.className());
    text.append(newline).append("  leak fingerprint: ").append(place.fingerprint());
  }

  /** The failure of a check that could not count. */
  public static String notCounted(String when, int allowedSurvivors, String reason) {
    return expecting(when, allowedSurvivors) + ", but no count could be taken: " + reason;
  }

  private static String expecting(String when, int allowedSurvivors) {
    return "Expecting no more live instances after " + when + " than before it"
        + (allowedSurvivors == 0 ? "" : " plus " + allowedSurvivors + " allowed survivors");
  }
}
