package org.retention.core.internal.check;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.internal.text.VerdictMessages;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;

/** Records a check in the run's report through the JVM's one gate, which applies the baseline. */
public final class CheckRecorder {
  private CheckRecorder() {}

  /**
   * Records the explained verdict of check {@code name} and returns it as recorded, {@link
   * CheckVerdict#ACCEPTED} when the baseline accepts the leak (which is then said on standard
   * error, so that an accepted leak never passes unseen).
   *
   * @param parameters configure the JVM's gate when this is its first check
   */
  public static CheckRecord record(String source, String name, Explanation explanation,
      Function<String, Optional<String>> parameters) {
    LeakGate gate = LeakGate.shared(parameters);
    boolean accepted = gate.record(source, name, explanation);
    Optional<String> reason = accepted ? gate.acceptedReason(explanation) : Optional.empty();
    reason.ifPresent(why ->
        System.err.printf("Retention: accepted leak in %s (baseline: %s)%n", name, why));
    var verdict = explanation.verdict();
    return new CheckRecord(source, name,
        accepted ? CheckVerdict.ACCEPTED
            : CheckVerdict.fromWord(verdict.outcome().name().toLowerCase(Locale.ROOT)),
        verdict.checked(), verdict.retainedCount(), verdict.fullCollections(), verdict.collector(),
        verdict.elapsed().plus(explanation.dumpTime()).plus(explanation.analysisTime()).toMillis(),
        verdict.inconclusiveReason().isEmpty() ? null : verdict.inconclusiveReason(),
        explanation.unexplainedReason().isEmpty() ? null : explanation.unexplainedReason(),
        explanation.paths().stream().map(path -> new LeakRecord(path.fingerprint(),
            VerdictMessages.describe(path.object()),
            path.reachability().name().toLowerCase(Locale.ROOT), path.root().kind().name(),
            path.root().description(), path.steps().stream().map(step -> step.text()).toList(),
            path.retainedBytes(), reason.orElse(null))).toList());
  }
}
