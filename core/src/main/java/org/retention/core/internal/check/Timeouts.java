package org.retention.core.internal.check;

import java.time.Duration;
import java.util.Objects;

/**
 * The one check of a timeout given in code, for every {@code withTimeout} of the core check and
 * its adapters, so all refuse the same values with the same words.
 *
 * <pre>{@code
 * this.timeout = Timeouts.requirePositive(timeout);   // "timeout must be positive, but was PT0S"
 * }</pre>
 */
public final class Timeouts {
  /** The longest timeout: one day. */
  public static final Duration MAX = Duration.ofDays(1);

  private Timeouts() {}

  /**
   * Returns {@code timeout} when it is positive and at most {@link #MAX}.
   *
   * @throws NullPointerException when it is null
   * @throws IllegalArgumentException when it is zero, negative or longer than {@link #MAX}
   */
  public static Duration requirePositive(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, but was " + timeout);
    }
    if (timeout.compareTo(MAX) > 0) {
      // Longer ones would overflow the nanosecond deadlines every wait computes.
      throw new IllegalArgumentException("timeout must be at most " + MAX.toHours()
          + " hours, but was " + timeout);
    }
    return timeout;
  }
}
