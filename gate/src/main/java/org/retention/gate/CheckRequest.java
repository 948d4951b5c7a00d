package org.retention.gate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RetentionGate#check} judges and where it writes.
 *
 * <pre>{@code
 * CheckRequest request = new CheckRequest(reports, Optional.of(Path.of("retention-baseline.txt")),
 *     Path.of("target/retention"), false, true);
 * }</pre>
 *
 * @param reports the reports to merge
 * @param baseline the baseline of accepted leaks; without it the verdicts stand as the test JVMs
 *     recorded them, and a baseline file that does not exist yet accepts no leak
 * @param outputDirectory where {@code summary.md} and {@code report.html} are written
 * @param failOnStale whether a baseline entry that matched no leak fails the check
 * @param haltOnFailure whether a new leak fails the check; {@code false} only reports it
 */
public record CheckRequest(ReportSet reports, Optional<Path> baseline, Path outputDirectory,
    boolean failOnStale, boolean haltOnFailure) {
  /** Validates. */
  public CheckRequest {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }
}
