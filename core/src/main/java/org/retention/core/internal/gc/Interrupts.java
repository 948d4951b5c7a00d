package org.retention.core.internal.gc;

/**
 * Runs VM-wide work with the thread's interrupt flag cleared, then sets it again if it was set.
 * Every wait for a collection and every heap dump goes through it, so that every kind of check
 * survives a flag left set by the test, or by an earlier test on a pooled thread: that flag would
 * otherwise end the wait at once ({@code InterruptedException}: no verdict) or close the heap
 * dump's file channel mid-read ({@code ClosedByInterruptException}: no explanation, and with it
 * no fingerprint for the baseline).
 *
 * <pre>{@code
 * Interrupts.whileCleared(() -> gc.collectOnce(deadline));
 * }</pre>
 */
public final class Interrupts {
  private Interrupts() {}

  /** Work that may throw {@code E}. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    /** Does it. */
    T get() throws E;
  }

  /** Does {@code work} with the interrupt flag cleared, and leaves the flag as found. */
  public static <T, E extends Exception> T whileCleared(Work<T, E> work) throws E {
    boolean interrupted = Thread.interrupted();
    try {
      return work.get();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
