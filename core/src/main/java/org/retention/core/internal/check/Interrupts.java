package org.retention.core.internal.check;

import java.util.function.Supplier;

/**
 * Runs a check with the thread's interrupt flag cleared, then sets it again if it was set. A flag
 * left set by the test, or by an earlier test on a pooled thread, would otherwise close the heap
 * dump's file channel mid-read ({@code ClosedByInterruptException}) and cost the failure its
 * explanation, and with it its baseline match.
 */
public final class Interrupts {
  private Interrupts() {}

  /** Computes {@code check} with the interrupt flag cleared, and leaves the flag as found. */
  public static <T> T whileCleared(Supplier<T> check) {
    boolean interrupted = Thread.interrupted();
    try {
      return check.get();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
