package org.retention.core.internal.growth;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.retention.core.internal.check.CheckRecorder;
import org.retention.core.explain.Reachability;
import org.retention.core.growth.GrowthGroup;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.internal.text.VerdictMessages;
import org.retention.core.probe.RetainedObject;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;

/**
 * A growth verdict as the JSON report and the baseline gate see it: one check whose leaks are its
 * groups, each with its fingerprint, root and path.
 *
 * <pre>{@code
 * CheckRecord recorded = GrowthRecords.record("assertj", "CacheTest#handle", verdict, parameters);
 * }</pre>
 */
public final class GrowthRecords {
  private GrowthRecords() {}

  /** The report's record of a growth check, not yet judged against the baseline. */
  public static CheckRecord checkRecord(String source, String name, GrowthVerdict verdict) {
    CheckVerdict outcome = verdict.inconclusive() ? CheckVerdict.INCONCLUSIVE
        : verdict.grew() ? CheckVerdict.RETAINED : CheckVerdict.RELEASED;
    List<LeakRecord> leaks = verdict.groups().stream().map(group -> new LeakRecord(
        group.fingerprint(), VerdictMessages.describe(retainedObject(group)),
        Reachability.STRONG.name().toLowerCase(java.util.Locale.ROOT), group.root().kind().name(),
        group.root().description(), group.steps().stream().map(step -> step.text()).toList(),
        group.bytesPerRepetition(), null)).toList();
    int growing = verdict.groups().size() + verdict.unexplained().size();
    return new CheckRecord(source, name, outcome, growing, growing, verdict.windows() + 1L,
        verdict.collector(), verdict.elapsed().toMillis(),
        verdict.inconclusive() ? verdict.inconclusiveReason() : null,
        verdict.unexplainedReason().isEmpty() ? null : verdict.unexplainedReason(), leaks);
  }

  /**
   * Records the check in the run's report, judged against the baseline: {@link
   * CheckVerdict#ACCEPTED} when the baseline accepts its every group.
   *
   * @param parameters configure the JVM's report and baseline when this is its first check
   */
  public static CheckRecord record(String source, String name, GrowthVerdict verdict,
      Function<String, Optional<String>> parameters) {
    return CheckRecorder.record(checkRecord(source, name, verdict), parameters);
  }

  /** A group as a retained object: {@code growing instances, +1 per repetition (org.example.Listener)}. */
  private static RetainedObject retainedObject(GrowthGroup group) {
    return new RetainedObject(0, "growing", group.first().className(),
        "instances, +" + group.first().rate() + " per repetition");
  }
}
