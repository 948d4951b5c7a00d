package org.retention.core.internal.gate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.RetentionPath;
import org.retention.core.internal.text.VerdictMessages;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;

/**
 * Turns an explained verdict into the record of its check, before the gate judges it against the
 * baseline.
 *
 * <pre>{@code
 * CheckRecord unjudged = CheckRecords.unjudged("assertj", "CacheTest.clear", explanation);
 * CheckRecord judged = gate.record(unjudged);
 * }</pre>
 */
public final class CheckRecords {
  private CheckRecords() {}

  /**
   * The check as the report records it: {@code released}, {@code retained} or {@code
   * inconclusive} (never {@code accepted}: only the gate accepts), the explained leaks of a
   * retained verdict, and why a failure has no path when it has none.
   *
   * @param source what checked: {@code "assertj"} or {@code "junit"}
   * @param name which test or assertion, for example {@code "org.example.CacheTest#clear()"}
   * @param explanation the verdict, explained when it failed
   */
  public static CheckRecord unjudged(String source, String name, Explanation explanation) {
    RetentionVerdict verdict = explanation.verdict();
    boolean retained = verdict.outcome() == Outcome.RETAINED;
    return new CheckRecord(source, name, verdict(verdict.outcome()), verdict.checked(),
        verdict.retainedCount(), verdict.fullCollections(), verdict.collector(),
        verdict.elapsed().plus(explanation.dumpTime()).plus(explanation.analysisTime()).toMillis(),
        verdict.outcome() == Outcome.INCONCLUSIVE ? verdict.inconclusiveReason() : null,
        explanation.unexplainedReason().isEmpty() ? null : explanation.unexplainedReason(),
        retained ? explanation.paths().stream().map(CheckRecords::leak).toList() : List.of());
  }

  private static CheckVerdict verdict(Outcome outcome) {
    return switch (outcome) {
      case RELEASED -> CheckVerdict.RELEASED;
      case RETAINED -> CheckVerdict.RETAINED;
      case INCONCLUSIVE -> CheckVerdict.INCONCLUSIVE;
    };
  }

  private static LeakRecord leak(RetentionPath path) {
    return new LeakRecord(path.fingerprint(), VerdictMessages.describe(path.object()),
        path.reachability().name().toLowerCase(Locale.ROOT), path.root().kind().name(),
        path.root().description(), path.steps().stream().map(step -> step.text()).toList(),
        path.retainedBytes(), null);
  }

  /** Why the baseline accepts {@code check}, when the gate judged it {@code accepted}. */
  public static Optional<String> acceptedReason(CheckRecord check) {
    return check.verdict() != CheckVerdict.ACCEPTED ? Optional.empty()
        : check.leaks().stream().map(LeakRecord::baselineReason).filter(Objects::nonNull)
            .findFirst();
  }
}
