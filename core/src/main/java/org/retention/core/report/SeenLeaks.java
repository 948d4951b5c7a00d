package org.retention.core.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The leaks a run has seen, across one JVM or the merged reports of a whole build: every
 * fingerprint, and whether some retained object went without one, which decides which baseline
 * entries are stale. Not thread-safe.
 *
 * <pre>{@code
 * seen.remember(judged);
 * StaleEntries stale = seen.staleEntries(baseline);
 * }</pre>
 *
 * <p><b>Staleness.</b> A baseline entry is stale when no check of the run had its fingerprint.
 * But a retained object without a retention path (its explanation was off, failed, for example
 * interrupted or out of memory, or stopped at the first few objects) may be any baselined leak.
 * So while any check of the run has one, no entry is called stale, and the report says why:
 * an explanation that failed never makes a baseline entry "to remove".
 */
public final class SeenLeaks {
  private final Set<String> fingerprints = new LinkedHashSet<>();
  private int unexplainedChecks;
  private String firstUnexplained;

  /** Remembers a judged check's fingerprints, and whether it left a retained object unexplained. */
  public void remember(CheckRecord check) {
    check.leaks().forEach(leak -> fingerprints.add(leak.fingerprint()));
    if (check.verdict() == CheckVerdict.RETAINED && !check.fullyExplained()) {
      if (unexplainedChecks++ == 0) {
        firstUnexplained = check.name() + ": "
            + check.unexplainedReason().orElse("no leak of it was explained");
      }
    }
  }

  /** Every fingerprint seen, in the order first seen. */
  public Set<String> fingerprints() {
    return fingerprints;
  }

  /** The entries of {@code baseline} that no check matched, unless that cannot be known. */
  public StaleEntries staleEntries(LeakBaseline baseline) {
    if (unexplainedChecks > 0) {
      return new StaleEntries(null, String.format("%d failed check%s had retained objects without"
          + " a retention path, which may be any baselined leak (first: %s)", unexplainedChecks,
          unexplainedChecks == 1 ? "" : "s", firstUnexplained));
    }
    List<BaselineEntry> stale = new ArrayList<>();
    baseline.reasons().forEach((fingerprint, reason) -> {
      if (!fingerprints.contains(fingerprint)) {
        stale.add(new BaselineEntry(fingerprint, reason));
      }
    });
    return new StaleEntries(stale, null);
  }
}
