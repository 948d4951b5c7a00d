package org.retention.core.growth;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.retention.core.explain.PathStep;
import org.retention.core.internal.text.VerdictMessages;

/**
 * What repeating an action showed: the groups of objects that piled up, if any.
 *
 * <pre>{@code
 * GrowthVerdict verdict = HeapGrowthCheck.repeating(40).run(() -> handler.handle(request()));
 * if (verdict.grew()) {
 *   throw new AssertionError("Expecting the action not to leak, but " + verdict.message());
 * }
 * }</pre>
 *
 * @param groups the places where objects piled up, with their classes; empty when nothing did
 * @param unexplained classes that grew in every window when no dump could say where; empty unless
 *     {@code unexplainedReason} is set
 * @param unexplainedReason why growth has no path (a dump that could not be taken); empty otherwise
 * @param repetitions the repetitions run
 * @param warmUp how many of them ran before measuring
 * @param windows the measurement windows
 * @param collector the VM's garbage collector, such as {@code G1}
 * @param elapsed the time of the whole check, repetitions and dumps included
 * @param inconclusiveReason why no verdict could be given; empty otherwise
 */
public record GrowthVerdict(
    List<GrowthGroup> groups,
    List<GrowingClass> unexplained,
    String unexplainedReason,
    int repetitions,
    int warmUp,
    int windows,
    String collector,
    Duration elapsed,
    String inconclusiveReason) {

  /** Validates and copies. */
  public GrowthVerdict {
    groups = List.copyOf(groups);
    unexplained = List.copyOf(unexplained);
    Objects.requireNonNull(unexplainedReason, "unexplainedReason");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(inconclusiveReason, "inconclusiveReason");
  }

  /** Whether objects accumulated: the check fails. */
  public boolean grew() {
    return !groups.isEmpty() || !unexplained.isEmpty();
  }

  /** Whether no verdict could be given (a VM that would not collect); never a pass. */
  public boolean inconclusive() {
    return !inconclusiveReason.isEmpty();
  }

  /**
   * The verdict in words, for a front end to print after its own "Expecting ..., but ", for
   * example:
   *
   * <pre>
   * objects of 1 class piled up in 1 place, growing in every one of 3 measurement windows (40
   * repetitions, 10 to warm up; G1, 812 ms):
   *   org.example.Listener: 1 instance and 24 bytes retained per repetition
   *   GC root: static field org.example.EventBus.LISTENERS
   *     CopyOnWriteArrayList.array
   *     Object[][31]    &lt;- piles up here: java.lang.Object[] holds 40 of them
   *     -&gt; org.example.Listener
   *   leak fingerprint: 1d2e3f4a5b6c7d8e
   * </pre>
   */
  public String message() {
    String newline = System.lineSeparator();
    if (inconclusive()) {
      return String.format(Locale.ROOT, "no verdict could be given: %s (%,d ms)",
          inconclusiveReason, elapsed.toMillis());
    }
    String run = String.format(Locale.ROOT, "(%s repetitions, %s to warm up; %s, %,d ms)",
        VerdictMessages.number(repetitions), VerdictMessages.number(warmUp), collector,
        elapsed.toMillis());
    if (!grew()) {
      return "no class grew in every one of " + windows + " measurement windows " + run;
    }
    StringBuilder text = new StringBuilder();
    if (groups.isEmpty()) {
      text.append(plural(unexplained.size(), "class")).append(" grew in every one of ")
          .append(windows).append(" measurement windows ").append(run).append(':').append(newline);
      unexplained.forEach(growing -> text.append("  ")
          .append(perRepetition(growing, growing.bytesPerRepetition())).append(newline));
    } else {
      long classes = groups.stream().mapToLong(group -> group.classes().size()).sum();
      text.append("objects of ").append(plural(classes, "class")).append(" piled up in ")
          .append(plural(groups.size(), "place")).append(", growing in every one of ")
          .append(windows).append(" measurement windows ").append(run).append(':').append(newline);
      groups.forEach(group -> render(group, text, newline));
    }
    if (!unexplainedReason.isEmpty()) {
      text.append("  (no retention path: ").append(unexplainedReason).append(')').append(newline);
    }
    return text.toString();
  }

  private static void render(GrowthGroup group, StringBuilder text, String newline) {
    text.append("  ").append(perRepetition(group.first(), group.bytesPerRepetition()));
    if (group.classes().size() > 1) {
      text.append(" (with ").append(String.join(", ", group.classes().stream()
          .skip(1).map(growing -> growing.className() + " +" + growing.rate()).toList())).append(')');
    }
    text.append(newline).append("  GC root: ").append(group.root().description()).append(newline);
    List<PathStep> steps = group.steps();
    for (int i = 0; i < steps.size(); i++) {
      text.append("    ").append(steps.get(i).text());
      if (i == group.placeStep()) {
        text.append("    <- piles up here: ").append(group.placeClass()).append(" holds ")
            .append(VerdictMessages.number(group.placeInstances())).append(" of them");
      }
      text.append(newline);
    }
    text.append("    -> ").append(group.first().className()).append(newline);
    text.append("  leak fingerprint: ").append(group.fingerprint()).append(newline);
  }

  /** {@code "org.example.Listener: 1 instance and 24 bytes retained per repetition"}. */
  private static String perRepetition(GrowingClass growing, long bytes) {
    return growing.className() + ": " + growing.rate()
        + (growing.instancesPerRepetition() == 1 ? " instance and " : " instances and ")
        + VerdictMessages.number(bytes) + " bytes retained per repetition";
  }

  private static String plural(long count, String noun) {
    return VerdictMessages.number(count) + " " + (count == 1 ? noun
        : noun.endsWith("s") ? noun + "es" : noun + "s");
  }
}
