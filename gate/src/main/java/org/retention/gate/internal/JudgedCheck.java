package org.retention.gate.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;

/**
 * One check of a merged run with the verdict the build gives it, which the baseline may have
 * turned from {@link CheckVerdict#RETAINED} to {@link CheckVerdict#ACCEPTED} or back.
 *
 * <pre>{@code
 * merged.failures().forEach(judged -> System.out.println(judged.check().name()));
 * }</pre>
 *
 * @param reportFile the report that recorded it
 * @param check the check as recorded
 * @param verdict the verdict against the build's baseline
 */
public record JudgedCheck(Path reportFile, CheckRecord check, CheckVerdict verdict) {
  /** Validates. */
  public JudgedCheck {
    Objects.requireNonNull(reportFile, "reportFile");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(verdict, "verdict");
  }
}
