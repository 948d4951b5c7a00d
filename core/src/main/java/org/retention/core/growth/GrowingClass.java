package org.retention.core.growth;

import java.util.Locale;

/**
 * One class whose live instances grew in every measurement window of a repeated action.
 *
 * <pre>{@code
 * for (GrowingClass growing : group.classes()) {
 *   System.out.println(growing.className() + " +" + growing.instancesPerRepetition());
 * }
 * }</pre>
 *
 * @param className its name as a dump shows it: {@code org.example.Listener}, {@code byte[]}
 * @param instancesPerRepetition live instances added per measured repetition
 * @param bytesPerRepetition the bytes those instances occupy, per measured repetition
 */
public record GrowingClass(String className, double instancesPerRepetition,
    long bytesPerRepetition) {

  /** The instances per repetition as messages print them: {@code 1}, {@code 0.25}. */
  public String rate() {
    return instancesPerRepetition == Math.rint(instancesPerRepetition)
        ? String.format(Locale.ROOT, "%,d", (long) instancesPerRepetition)
        : String.format(Locale.ROOT, "%.2f", instancesPerRepetition);
  }
}
