package org.retention.core.internal.growth;

import java.util.List;
import java.util.Optional;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RetentionPath;
import org.retention.core.growth.GrowthGroup;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.internal.text.VerdictMessages;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetainedObject;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;

/**
 * A growth verdict as the JSON report and the baseline gate see it: one check whose leaks are its
 * groups, each with its fingerprint, root and path.
 *
 * <pre>{@code
 * boolean accepted = GrowthRecords.record(gate, "assertj", "CacheTest#handle", verdict);
 * }</pre>
 */
public final class GrowthRecords {
  private GrowthRecords() {}

  /** The report's record of a growth check, not yet judged against the baseline. */
  public static CheckRecord checkRecord(String source, String name, GrowthVerdict verdict) {
    CheckVerdict outcome = verdict.inconclusive() ? CheckVerdict.INCONCLUSIVE
        : verdict.grew() ? CheckVerdict.RETAINED : CheckVerdict.RELEASED;
    List<LeakRecord> leaks = verdict.groups().stream().map(group -> new LeakRecord(
        group.fingerprint(), VerdictMessages.describe(retainedObject(0, group)),
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
   * Records the check in the gate's report and says whether the baseline accepts its every group.
   * The one call into the gate: when the gate takes a {@link CheckRecord}, this becomes {@code
   * gate.record(checkRecord(source, name, verdict)).verdict() == CheckVerdict.ACCEPTED}.
   */
  public static boolean record(LeakGate gate, String source, String name, GrowthVerdict verdict) {
    return gate.record(source, name, asExplanation(checkRecord(source, name, verdict), verdict));
  }

  /** A group as a retained object: {@code growing instances, +1 per repetition (org.example.Listener)}. */
  private static RetainedObject retainedObject(int index, GrowthGroup group) {
    return new RetainedObject(index, "growing", group.first().className(),
        "instances, +" + group.first().rate() + " per repetition");
  }

  /** Today's gate reads an explanation: each group is a retained object with its path. */
  private static Explanation asExplanation(CheckRecord record, GrowthVerdict verdict) {
    Outcome outcome = switch (record.verdict()) {
      case RELEASED -> Outcome.RELEASED;
      case INCONCLUSIVE -> Outcome.INCONCLUSIVE;
      default -> Outcome.RETAINED;
    };
    List<GrowthGroup> groups = verdict.groups();
    List<RetainedObject> objects = java.util.stream.IntStream.range(0, groups.size())
        .mapToObj(i -> retainedObject(i, groups.get(i))).toList();
    List<RetentionPath> paths = java.util.stream.IntStream.range(0, groups.size())
        .mapToObj(i -> new RetentionPath(objects.get(i), Reachability.STRONG,
            groups.get(i).root(), groups.get(i).steps(), Optional.empty(),
            groups.get(i).bytesPerRepetition(), groups.get(i).fingerprint())).toList();
    RetentionVerdict retention = new RetentionVerdict(outcome, record.checked(),
        record.retained(), objects, record.fullCollections(), record.collector(),
        verdict.elapsed(), verdict.inconclusiveReason());
    return new Explanation(retention, paths, java.util.Map.of(), verdict.unexplainedReason(),
        Optional.empty(), java.time.Duration.ZERO, java.time.Duration.ZERO);
  }
}
