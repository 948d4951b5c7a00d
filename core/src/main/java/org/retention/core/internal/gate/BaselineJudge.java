package org.retention.core.internal.gate;

import java.util.List;
import java.util.Optional;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;
import org.retention.core.report.LeakRecord;

/**
 * Judges a check against the baseline: which failures are accepted leaks.
 *
 * <pre>{@code
 * CheckRecord judged = new BaselineJudge(Optional.of(baseline)).judge(unjudged);
 * }</pre>
 *
 * <p>A failure is accepted only when it is {@code retained}, every retained object has a leak
 * record (a retention path), and the baseline accepts every record's fingerprint. An unexplained
 * failure (explanations off, the explanation failed, or more retained objects than are explained)
 * has nothing to match, so it fails; an inconclusive verdict is never accepted.
 */
final class BaselineJudge {
  private final Optional<LeakBaseline> baseline;

  BaselineJudge(Optional<LeakBaseline> baseline) {
    this.baseline = baseline;
  }

  /** {@code unjudged}, accepted when the baseline accepts it, each leak with its reason. */
  CheckRecord judge(CheckRecord unjudged) {
    if (baseline.isEmpty() || unjudged.leaks().isEmpty()) {
      return unjudged;
    }
    LeakBaseline accepted = baseline.get();
    List<LeakRecord> leaks = unjudged.leaks().stream().map(leak -> new LeakRecord(
        leak.fingerprint(), leak.object(), leak.reachability(), leak.rootKind(), leak.root(),
        leak.path(), leak.retainedBytes(), accepted.reasons().get(leak.fingerprint()))).toList();
    boolean acceptedLeak = unjudged.verdict() == CheckVerdict.RETAINED
        && leaks.size() == unjudged.retained()
        && leaks.stream().allMatch(leak -> leak.baselineReason() != null);
    return new CheckRecord(unjudged.source(), unjudged.name(),
        acceptedLeak ? CheckVerdict.ACCEPTED : unjudged.verdict(), unjudged.checked(),
        unjudged.retained(), unjudged.fullCollections(), unjudged.collector(),
        unjudged.timeMillis(), unjudged.inconclusiveReason(), unjudged.unexplainedReason(), leaks);
  }
}
