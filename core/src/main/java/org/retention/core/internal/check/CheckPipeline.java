package org.retention.core.internal.check;

import java.util.Optional;
import java.util.function.Function;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;

/**
 * The end every kind of check shares, once its measurement is made and explained: record it in
 * the run's report through the JVM's one gate, which judges it against the baseline; then word
 * the failure from the judged record, unless the run only records ({@code retention.gate=build}).
 * Object, instance, growth, thread and context checks all end here, so that they are recorded,
 * judged and accepted alike.
 *
 * <pre>{@code
 * CheckPipeline.Conclusion concluded = CheckPipeline.conclude(unjudged, settings.parameters(),
 *     judged -> CheckMessages.notCollectable(what, removal, explanation));
 * return new CheckResult(Optional.of(concluded.recorded().verdict()), Optional.of(explanation),
 *     Optional.of(concluded.recorded()), concluded.failureMessage());
 * }</pre>
 */
public final class CheckPipeline {
  private CheckPipeline() {}

  /**
   * What a check concluded: its record as the gate judged it, and its failure message, empty
   * when it did not fail.
   *
   * @param recorded the judged record
   * @param failureMessage the failure a front end shows; empty for a pass, an accepted leak, or a
   *     leak in a run that only records
   */
  public record Conclusion(CheckRecord recorded, String failureMessage) {}

  /**
   * Records {@code unjudged} and words its failure.
   *
   * @param unjudged the check as measured, never {@link CheckVerdict#ACCEPTED}
   * @param parameters the check's configuration; the first check of a JVM configures its gate
   * @param failureWording the failure message of a judged record whose verdict fails
   * @throws IllegalArgumentException naming the key when the gate's configuration is invalid, or
   *     differs from the one this JVM's gate was configured with
   */
  public static Conclusion conclude(CheckRecord unjudged,
      Function<String, Optional<String>> parameters,
      Function<CheckRecord, String> failureWording) {
    LeakGate gate = SharedLeakGate.get(parameters);
    CheckRecord recorded = gate.record(unjudged);
    String failure = recorded.verdict().failing() && !gate.onlyRecords()
        ? failureWording.apply(recorded) : "";
    return new Conclusion(recorded, failure);
  }
}
