package org.retention.core.internal.gate;

import java.util.List;
import java.util.Optional;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.RetentionPath;
import org.retention.core.internal.text.VerdictMessages;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.ObjectDetails;

/**
 * Turns an explained verdict into the record of its check, before the gate judges it against the
 * baseline.
 *
 * <pre>{@code
 * CheckRecord unjudged =
 *     CheckRecords.unjudged(CheckKind.OBJECT, "assertj", "CacheTest.clear", explanation);
 * CheckRecord judged = gate.record(unjudged);
 * }</pre>
 */
public final class CheckRecords {
  private CheckRecords() {}

  /**
   * The check as the report records it: {@code released}, {@code retained} or {@code
   * inconclusive} (never {@code accepted}: only the gate accepts), the explained leaks of a
   * retained verdict, and why a failure is not wholly explained when it is not.
   *
   * @param kind {@link CheckKind#OBJECT}, or another kind whose checked things are objects
   * @param source what checked: {@code "assertj"} or {@code "junit"}
   * @param name which test or assertion, for example {@code "org.example.CacheTest#clear()"}
   * @param explanation the verdict, explained when it failed
   */
  public static CheckRecord unjudged(
      CheckKind kind, String source, String name, Explanation explanation) {
    RetentionVerdict verdict = explanation.verdict();
    boolean retained = verdict.outcome() == Outcome.RETAINED;
    List<LeakRecord> leaks = retained
        ? explanation.paths().stream().map(CheckRecords::leak).toList() : List.of();
    return new CheckRecord(kind, source, name, verdict(verdict.outcome()), verdict.collector(),
        verdict.elapsed().plus(explanation.dumpTime()).plus(explanation.analysisTime()).toMillis(),
        verdict.outcome() == Outcome.INCONCLUSIVE
            ? Optional.of(verdict.inconclusiveReason()) : Optional.empty(),
        retained ? unexplained(explanation, leaks.size()) : Optional.empty(), leaks,
        new ObjectDetails(verdict.checked(), verdict.retainedCount(), verdict.fullCollections()));
  }

  /** Why not every retained object has a leak record, if so. */
  private static Optional<String> unexplained(Explanation explanation, int explained) {
    if (!explanation.unexplainedReason().isEmpty()) {
      return Optional.of(explanation.unexplainedReason());
    }
    int retained = explanation.verdict().retainedCount();
    if (explained >= retained) {
      return Optional.empty();
    }
    return Optional.of(explained == 0 ? "explanations are off"
        : explained + " of " + retained + " retained objects explained");
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
        path.reachability(), path.root().kind(), path.root().description(),
        path.steps().stream().map(step -> step.text()).toList(), path.retainedBytes(),
        Optional.empty(), path.suspect());
  }
}
