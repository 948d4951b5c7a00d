package org.retention.core;

import java.util.Optional;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.internal.gate.SharedLeakGate;

/**
 * What this JVM's retention checks came to, on one line, for a test framework to print when its
 * run ends: a JVM's last words at exit (the report's stale baseline entries) never reach the
 * console of a build tool such as surefire, but a test framework's own output does.
 *
 * <pre>{@code
 * RunSummary.endOfRunLine().ifPresent(System.err::println);
 * // Retention: 12 checks in this JVM: 9 released, 1 new leak, 2 accepted; 1 baseline entry not
 * //   matched in this JVM: 0123456789abcdef (fixed in 2.1), retention:check judges it across all
 * //   test JVMs; report: target/retention/retention-report-4711-….json
 * }</pre>
 *
 * <p>Staleness is this JVM's: with several test JVMs (surefire forks, CI shards) an entry is stale
 * only when no JVM matched it, which the build's gate ({@code retention:check} or {@code
 * retention-cli check}) judges across all reports.
 */
public final class RunSummary {
  private RunSummary() {}

  /**
   * The line; empty when no check ran (and no application context was counted) in this JVM, and
   * when nothing happened since it was last given. Creates nothing: a JVM without checks loads no
   * more of Retention than this.
   */
  public static Optional<String> endOfRunLine() {
    return SharedLeakGate.existing().flatMap(LeakGate::endOfRunLine);
  }
}
