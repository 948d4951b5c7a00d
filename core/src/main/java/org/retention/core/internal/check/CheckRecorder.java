package org.retention.core.internal.check;

import java.util.Optional;
import java.util.function.Function;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.gate.CheckRecords;
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;

/** Records a check in the run's report through the JVM's one gate, which applies the baseline. */
public final class CheckRecorder {
  private CheckRecorder() {}

  /**
   * Records the explained verdict of check {@code name} and returns it as recorded, {@link
   * CheckVerdict#ACCEPTED} when the baseline accepts the leak (which is then said on standard
   * error, so that an accepted leak never passes unseen).
   *
   * @param parameters configure the JVM's gate when this is its first check
   * @throws IllegalArgumentException naming the key when the gate's configuration is invalid
   */
  public static CheckRecord record(String source, String name, Explanation explanation,
      Function<String, Optional<String>> parameters) {
    return record(CheckRecords.unjudged(source, name, explanation), parameters);
  }

  /** Records a check that is not a verdict on watched objects, such as a growth check. */
  public static CheckRecord record(
      CheckRecord unjudged, Function<String, Optional<String>> parameters) {
    CheckRecord recorded = SharedLeakGate.get(parameters).record(unjudged);
    if (recorded.verdict() == CheckVerdict.ACCEPTED) {
      System.err.printf("Retention: accepted leak in %s (baseline: %s)%n", recorded.name(),
          CheckRecords.acceptedReason(recorded).orElse(""));
    }
    return recorded;
  }
}
