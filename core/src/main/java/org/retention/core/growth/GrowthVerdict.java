package org.retention.core.growth;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What repeating an action showed: the groups of objects that piled up, if any.
 *
 * <pre>{@code
 * HeapGrowthCheck.Session session = HeapGrowthCheck.repeating(40).start();
 * // ... repetitions, each followed by session.repetitionDone() ...
 * GrowthVerdict verdict = session.verdict();
 * verdict.groups().forEach(group -> System.out.println(group.fingerprint()));
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
}
