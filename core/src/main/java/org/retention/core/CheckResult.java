package org.retention.core;

import java.util.Objects;
import java.util.Optional;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.check.CheckPipeline;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;

/**
 * What a check of any kind ({@link RetentionCheck}, {@link InstanceCheck}, {@link
 * org.retention.core.growth.HeapGrowthCheck}, …) concluded: its verdict, the explanation of a failure, what the
 * run's report recorded, and the failure message a front end shows.
 *
 * <pre>{@code
 * CheckResult result = check.releases(probe);
 * if (result.failed()) {
 *   throw new AssertionError(result.failureMessage());
 * }
 * result.acceptedReason().ifPresent(reason -> log("known leak: " + reason));
 * }</pre>
 *
 * @param verdict {@code released}, {@code retained}, {@code accepted} or {@code inconclusive};
 *     empty when the check refused its input (nothing to watch, JVM constants, a removal that
 *     threw or took nothing out), which fails without a verdict
 * @param explanation the verdict with what a heap dump showed about it; empty when refused
 * @param recorded the check as the run's report recorded it; empty when refused
 * @param failureMessage the whole failure, {@code "Expecting ... to be collectable after ..., but
 *     ..."}; empty when the check did not fail
 */
public record CheckResult(
    Optional<CheckVerdict> verdict,
    Optional<Explanation> explanation,
    Optional<CheckRecord> recorded,
    String failureMessage) {

  /** Validates. */
  public CheckResult {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(failureMessage, "failureMessage");
  }

  /** A check that refused its input, which could prove nothing, with the reason. */
  static CheckResult refused(String failureMessage) {
    return new CheckResult(Optional.empty(), Optional.empty(), Optional.empty(), failureMessage);
  }

  /** The result of a check that {@code concluded} through the pipeline. */
  static CheckResult of(CheckPipeline.Conclusion concluded, Optional<Explanation> explanation) {
    return new CheckResult(Optional.of(concluded.recorded().verdict()), explanation,
        Optional.of(concluded.recorded()), concluded.failureMessage());
  }

  /** Whether the check failed: a leak not accepted, no verdict, or a refused input. */
  public boolean failed() {
    return !failureMessage.isEmpty();
  }

  /** Why the baseline accepts this leak, when it is an {@link CheckVerdict#ACCEPTED} one. */
  public Optional<String> acceptedReason() {
    return recorded.flatMap(CheckRecord::acceptedReason);
  }
}
