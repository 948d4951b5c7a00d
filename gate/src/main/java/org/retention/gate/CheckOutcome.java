package org.retention.gate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RetentionGate#check} found: the files it wrote, and why the build fails, if it
 * does.
 *
 * <pre>{@code
 * CheckOutcome outcome = gate.check(request);
 * outcome.failure().ifPresent(System.err::println);   // the new leaks, one line each
 * }</pre>
 *
 * @param summary the {@code summary.md} written
 * @param report the {@code report.html} written
 * @param failure the message that fails the build: new leaks or stale entries, made safe for a
 *     terminal; empty when the build passes
 */
public record CheckOutcome(Path summary, Path report, Optional<String> failure) {
  /** Validates. */
  public CheckOutcome {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(failure, "failure");
  }

  /** Whether the build passes the gate. */
  public boolean passed() {
    return failure.isEmpty();
  }
}
