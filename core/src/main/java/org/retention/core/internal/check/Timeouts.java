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
  private Timeouts() {}

  /**
   * Returns {@code timeout} when it is positive.
   *
   * @throws NullPointerException when it is null
   * @throws IllegalArgumentException when it is zero or negative
   */
  public static Duration requirePositive(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, but was " + timeout);
    }
    return timeout;
  }
}
