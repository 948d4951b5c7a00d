package org.retention.core.report;

import java.util.Objects;

/**
 * One accepted leak of a {@link LeakBaseline}: a fingerprint and the reason it is accepted.
 *
 * <pre>{@code
 * report.staleBaselineEntries().forEach(entry ->
 *     System.out.println("stale: " + entry.fingerprint() + "  " + entry.reason()));
 * }</pre>
 *
 * @param fingerprint the leak fingerprint, 16 lowercase hex digits
 * @param reason why the leak is accepted
 */
public record BaselineEntry(String fingerprint, String reason) {
  /** Validates. */
  public BaselineEntry {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(reason, "reason");
  }
}
