package org.retention.core.internal.growth;

import java.util.List;
import java.util.Optional;
import org.retention.core.explain.Reachability;
import org.retention.core.growth.GrowthGroup;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
import org.retention.core.report.LeakRecord;

/**
 * A growth verdict as the report and the baseline see it: a check of kind {@code growth} whose
 * leaks are its groups, each with its fingerprint, root and path, and whose details say how many
 * repetitions and windows it measured and how fast each group grew.
 *
 * <pre>{@code
 * CheckRecord unjudged = GrowthRecords.checkRecord("assertj", "CacheTest#handle", verdict);
 * }</pre>
 */
public final class GrowthRecords {
  private GrowthRecords() {}

  /** The report's record of a growth check, not yet judged against the baseline. */
  public static CheckRecord checkRecord(String source, String name, GrowthVerdict verdict) {
    CheckVerdict outcome = verdict.inconclusive() ? CheckVerdict.INCONCLUSIVE
        : verdict.grew() ? CheckVerdict.RETAINED : CheckVerdict.RELEASED;
    List<LeakRecord> leaks = verdict.groups().stream().map(group -> new LeakRecord(
        group.fingerprint(), "growing instances of " + group.first().className(),
        Reachability.STRONG, group.root().kind(), group.root().description(),
        group.steps().stream().map(step -> step.text()).toList(),
        heldBytes(group), Optional.empty())).toList();
    Optional<String> unexplained = !verdict.unexplainedReason().isEmpty()
        ? Optional.of(verdict.unexplainedReason())
        : verdict.unexplained().isEmpty() ? Optional.empty()
        : Optional.of(verdict.unexplained().size() + " growing class"
            + (verdict.unexplained().size() == 1 ? "" : "es") + " without a place");
    return new CheckRecord(CheckKind.GROWTH, source, name, outcome, verdict.collector(),
        verdict.elapsed().toMillis(),
        verdict.inconclusive() ? Optional.of(verdict.inconclusiveReason()) : Optional.empty(),
        outcome == CheckVerdict.RETAINED ? unexplained : Optional.empty(), leaks,
        new GrowthDetails(verdict.repetitions(), verdict.windows(),
            verdict.groups().stream().map(GrowthRecords::group).toList()));
  }

  /** The shallow bytes of what the place holds: its instances at the group's bytes apiece. */
  private static long heldBytes(GrowthGroup group) {
    double perRepetition = group.first().instancesPerRepetition();
    return perRepetition <= 0 ? 0
        : Math.round(group.placeInstances() * (group.bytesPerRepetition() / perRepetition));
  }

  private static GrowthGroupRecord group(GrowthGroup group) {
    return new GrowthGroupRecord(group.fingerprint(), group.first().className(),
        group.classes().stream().mapToDouble(growing -> growing.instancesPerRepetition()).sum(),
        group.bytesPerRepetition(), group.allocatedAt());
  }
}
