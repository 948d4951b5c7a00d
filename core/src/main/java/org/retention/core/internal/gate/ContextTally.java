package org.retention.core.internal.gate;

import java.util.Optional;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.ObjectDetails;

/**
 * The application contexts of one JVM's run, counted as a test framework creates and closes them
 * and as their checks prove them released; thread-safe.
 *
 * <pre>{@code
 * tally.created();
 * tally.closed();
 * tally.recorded(judgedContextCheck);   // counts the contexts it proved collectable
 * Optional<ContextCounts> counts = tally.counts();
 * }</pre>
 *
 * <p>A close that happens while the JVM exits is not counted: Spring closes every cached context
 * from its own shutdown hook, which runs at the same time as the one that writes the report, so
 * counting it would make "still cached at the end" a race. Such a context counts as still cached.
 */
public final class ContextTally {
  private long created;
  private long closed;
  private long released;

  /** A context was created. */
  public synchronized void created() {
    created++;
  }

  /** A context was closed; not counted while the JVM exits. */
  public void closed() {
    if (!exiting()) {
      synchronized (this) {
        closed++;
      }
    }
  }

  /** Counts the closed contexts that {@code check} proved collectable, if it checked contexts. */
  public synchronized void recorded(CheckRecord check) {
    if (check.kind() == CheckKind.CONTEXT && check.details() instanceof ObjectDetails contexts) {
      released += switch (check.verdict()) {
        case RELEASED -> contexts.checked();
        case RETAINED, ACCEPTED -> Math.max(0, contexts.checked() - contexts.retained());
        case INCONCLUSIVE -> 0;
      };
    }
  }

  /** The counts so far; empty while no context was counted. */
  public synchronized Optional<ContextCounts> counts() {
    if (created == 0 && closed == 0 && released == 0) {
      return Optional.empty();
    }
    return Optional.of(new ContextCounts(created, closed, released, Math.max(0, created - closed)));
  }

  /** Whether the JVM runs its shutdown hooks; the one public sign: no hook can be added. */
  private static boolean exiting() {
    Thread unstarted = new Thread(() -> { }, "retention-exit-probe");
    try {
      Runtime.getRuntime().addShutdownHook(unstarted);
      Runtime.getRuntime().removeShutdownHook(unstarted);
      return false;
    } catch (IllegalStateException shuttingDown) {
      return true;
    }
  }
}
