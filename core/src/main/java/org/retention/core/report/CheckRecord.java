package org.retention.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One check as the report records it, of any {@link CheckKind}: what checked, its verdict, the
 * leaks that explain a failure (each with its fingerprint), and the kind's own {@link
 * CheckDetails}.
 *
 * <pre>{@code
 * report.checks().stream()
 *     .filter(check -> check.verdict().failing())
 *     .forEach(check -> System.out.println(check.kind().word() + " " + check.name()));
 * }</pre>
 *
 * @param kind what kind of check it is
 * @param source what checked: {@code assertj}, {@code junit}, {@code spring}, …
 * @param name which test or assertion, such as {@code org.example.CacheTest#clear()}
 * @param verdict the outcome
 * @param collector the VM's garbage collector, such as {@code G1}
 * @param timeMillis how long the check took, explanation included
 * @param inconclusiveReason why no verdict could be given; present only for {@link
 *     CheckVerdict#INCONCLUSIVE}
 * @param unexplainedReason why some of a failure has no leak record (no path): explanations off,
 *     a dump that failed, only the first few explained; empty when every leak is explained
 * @param leaks the explained leaks, each with its fingerprint and path; empty unless {@link
 *     CheckVerdict#RETAINED} or {@link CheckVerdict#ACCEPTED}
 * @param details what the check measured, in its kind's terms
 */
public record CheckRecord(
    CheckKind kind,
    String source,
    String name,
    CheckVerdict verdict,
    String collector,
    long timeMillis,
    Optional<String> inconclusiveReason,
    Optional<String> unexplainedReason,
    List<LeakRecord> leaks,
    CheckDetails details) {

  /** Validates and copies. */
  public CheckRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(inconclusiveReason, "inconclusiveReason");
    Objects.requireNonNull(unexplainedReason, "unexplainedReason");
    Objects.requireNonNull(details, "details");
    leaks = List.copyOf(leaks);
    if (!details.fits(kind)) {
      throw new IllegalArgumentException("a check of kind " + kind.word() + " cannot carry "
          + details.getClass().getSimpleName());
    }
  }

  /**
   * Whether every part of a failure has a leak record, so that a baseline can accept it whole:
   * at least one leak, and nothing unexplained.
   */
  public boolean fullyExplained() {
    return !leaks.isEmpty() && unexplainedReason.isEmpty();
  }

  /** Why the baseline accepts this check, when it is {@link CheckVerdict#ACCEPTED}. */
  public Optional<String> acceptedReason() {
    return verdict != CheckVerdict.ACCEPTED ? Optional.empty()
        : leaks.stream().flatMap(leak -> leak.baselineReason().stream()).findFirst();
  }

  /** The same check with another verdict and leaks: what the baseline's judgement makes of it. */
  public CheckRecord judged(CheckVerdict verdict, List<LeakRecord> leaks) {
    return new CheckRecord(kind, source, name, verdict, collector, timeMillis, inconclusiveReason,
        unexplainedReason, leaks, details);
  }
}
