package org.retention.core;

import org.retention.core.internal.gate.ContextTally;
import org.retention.core.internal.gate.SharedLeakGate;

/**
 * Counts the application contexts (Spring's) that a test framework creates and closes, for this
 * JVM's report and the line its run ends with: how many were created, closed, released (a check of
 * kind {@code context} proved them collectable; counted by the check itself) and still cached at
 * the end. Thread-safe; one count per JVM, like the report.
 *
 * <pre>{@code
 * ContextCounter contexts = ContextCounter.of(settings);
 * contexts.created();   // the first time a checked test class uses a context
 * contexts.closed();    // when the framework closes it
 * }</pre>
 *
 * <p>A close while the JVM exits (Spring closes every cached context from a shutdown hook) is not
 * counted: the context was still cached at the end.
 */
public final class ContextCounter {
  private final ContextTally tally;

  private ContextCounter(ContextTally tally) {
    this.tally = tally;
  }

  /**
   * This JVM's counter. Counting makes the JVM write a report even if no check runs, so that a
   * suite whose contexts are never closed still says how many it created.
   *
   * @param settings the configuration of the front end's checks: the first of them configures
   *     this JVM's report and baseline
   * @throws IllegalArgumentException naming the key when the report's or the baseline's
   *     configuration is invalid, or differs from the one this JVM's report was configured with
   */
  public static ContextCounter of(CheckSettings settings) {
    return new ContextCounter(SharedLeakGate.get(settings.parameters()).contexts());
  }

  /** A context was created (first used by a checked test class). */
  public void created() {
    tally.created();
  }

  /** A counted context was closed. */
  public void closed() {
    tally.closed();
  }
}
