package org.retention.core.internal.text;

import org.retention.core.explain.Fingerprints;
import java.util.List;
import java.util.Locale;
import org.retention.core.explain.PathStep;
import org.retention.core.growth.GrowingClass;
import org.retention.core.growth.GrowthGroup;
import org.retention.core.growth.GrowthVerdict;

/**
 * Words a growth check's verdict for its failure message, the same for every front end.
 *
 * <pre>{@code
 * String failure = GrowthMessages.notToLeak("the repeated action", verdict);
 * }</pre>
 */
public final class GrowthMessages {
  private GrowthMessages() {}

  /** {@code "Expecting <what> not to leak, but <the verdict in words>"}. */
  public static String notToLeak(String what, GrowthVerdict verdict) {
    return "Expecting " + what + " not to leak, but " + of(verdict);
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
   *   allocated at org.example.Checkout.confirm(Checkout.java:42)      (with the agent only)
   *     called from org.example.CheckoutTest.lambda$handles$0(CheckoutTest.java:17)
   *   leak fingerprint: 1d2e3f4a5b6c7d8e
   * </pre>
   */
  public static String of(GrowthVerdict verdict) {
    String newline = System.lineSeparator();
    if (verdict.inconclusive()) {
      return String.format(Locale.ROOT, "no verdict could be given: %s (%,d ms)",
          verdict.inconclusiveReason(), verdict.elapsed().toMillis());
    }
    String run = String.format(Locale.ROOT, "(%s repetitions, %s to warm up; %s, %,d ms)",
        VerdictMessages.number(verdict.repetitions()), VerdictMessages.number(verdict.warmUp()),
        verdict.collector(), verdict.elapsed().toMillis());
    if (!verdict.grew()) {
      return "no class grew in every one of " + verdict.windows() + " measurement windows "
          + run;
    }
    StringBuilder text = new StringBuilder();
    if (verdict.groups().isEmpty()) {
      text.append(plural(verdict.unexplained().size(), "class")).append(" grew in every one of ")
          .append(verdict.windows()).append(" measurement windows ").append(run).append(':')
          .append(newline);
      verdict.unexplained().forEach(growing -> text.append("  ")
          .append(perRepetition(growing, growing.bytesPerRepetition())).append(newline));
    } else {
      long classes = verdict.groups().stream().mapToLong(group -> group.classes().size()).sum();
      text.append("objects of ").append(plural(classes, "class")).append(" piled up in ")
          .append(plural(verdict.groups().size(), "place")).append(", growing in every one of ")
          .append(verdict.windows()).append(" measurement windows ").append(run).append(':')
          .append(newline);
      verdict.groups().forEach(group -> render(group, text, newline));
    }
    if (!verdict.unexplainedReason().isEmpty()) {
      text.append("  (no retention path: ").append(verdict.unexplainedReason()).append(')').append(newline);
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
    text.append("    -> ").append(Fingerprints.readable(group.first().className()))
        .append(newline);
    List<String> allocatedAt = group.allocatedAt();
    for (int i = 0; i < allocatedAt.size(); i++) {
      text.append(i == 0 ? "  allocated at " : "    called from ").append(allocatedAt.get(i))
          .append(newline);
    }
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
