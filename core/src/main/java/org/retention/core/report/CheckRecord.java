package org.retention.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One retention check as the report records it.
 *
 * <pre>{@code
 * report.checks().stream()
 *     .filter(check -> check.verdict().failing())
 *     .forEach(check -> System.out.println(check.name()));
 * }</pre>
 *
 * @param source what checked: {@code assertj} or {@code junit}
 * @param name which test or assertion, such as {@code org.example.CacheTest#clear()}
 * @param verdict the outcome
 * @param checked how many objects were watched
 * @param retained how many of them were not collected
 * @param fullCollections the proven whole-heap collections counted while waiting
 * @param collector the VM's garbage collector, such as {@code G1}
 * @param timeMillis how long the check took, explanation included
 * @param inconclusiveReason why no verdict could be given; null unless {@link
 *     CheckVerdict#INCONCLUSIVE}
 * @param unexplainedReason why a failure has no retention path; null when it was explained or
 *     explanations are off
 * @param leaks the explained retained objects; empty unless {@link CheckVerdict#RETAINED} or
 *     {@link CheckVerdict#ACCEPTED}
 */
public record CheckRecord(
    String source,
    String name,
    CheckVerdict verdict,
    int checked,
    int retained,
    long fullCollections,
    String collector,
    long timeMillis,
    String inconclusiveReason,
    String unexplainedReason,
    List<LeakRecord> leaks) {

  /** Validates and copies. */
  public CheckRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(collector, "collector");
    leaks = List.copyOf(leaks);
  }
}
