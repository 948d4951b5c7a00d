package org.retention.gate.internal;

import java.util.List;
import java.util.Locale;
import org.retention.core.report.CheckVerdict;

/**
 * The build's counts, the row summary.md and report.html both open with: one list of columns and
 * one of values, so the two outputs can never count differently.
 *
 * <pre>{@code
 * List<String> headers = CountsRow.HEADERS;        // checks, released, ..., check time
 * List<String> values = CountsRow.values(merged);  // 3, 1, 2, 0, 0, 0, 3, 1.4 s
 * }</pre>
 */
final class CountsRow {
  /** The columns, in order. */
  static final List<String> HEADERS = List.of("checks", "released", "retained", "accepted",
      "inconclusive", "stale baseline entries", "reports", "check time");

  private CountsRow() {}

  /** The value of each column for {@code merged}. */
  static List<String> values(MergedReports merged) {
    return List.of(Integer.toString(merged.count()),
        Integer.toString(merged.count(CheckVerdict.RELEASED)),
        Integer.toString(merged.count(CheckVerdict.RETAINED)),
        Integer.toString(merged.count(CheckVerdict.ACCEPTED)),
        Integer.toString(merged.count(CheckVerdict.INCONCLUSIVE)),
        Integer.toString(merged.staleEntries().size()),
        Integer.toString(merged.reports().size()),
        String.format(Locale.ROOT, "%.1f s", merged.checkTime().toMillis() / 1000.0));
  }
}
