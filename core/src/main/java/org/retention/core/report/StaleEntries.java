package org.retention.core.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The baseline entries that no check of a run matched, or why that could not be told.
 *
 * <pre>{@code
 * StaleEntries stale = seen.staleEntries(baseline);
 * if (stale.entries() != null && !stale.entries().isEmpty()) {
 *   System.out.println("remove " + stale.entries());
 * }
 * }</pre>
 *
 * @param entries the entries no check matched; null when {@code unknownReason} is set
 * @param unknownReason why staleness could not be judged; null when it was
 */
public record StaleEntries(List<BaselineEntry> entries, String unknownReason) {
  /** No baseline: nothing can be stale. */
  public static final StaleEntries NONE = new StaleEntries(List.of(), null);

  /** Copies. */
  public StaleEntries {
    entries = entries == null ? null : List.copyOf(entries);
  }

  /** The lines that say to remove the stale entries from {@code baselineFile}; none when none. */
  public Optional<String> notice(Path baselineFile) {
    if (entries == null || entries.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(String.format(
        "Retention: %d baseline entr%s of %s no longer occurred in this run; remove %s:%n",
        entries.size(), entries.size() == 1 ? "y" : "ies", baselineFile,
        entries.size() == 1 ? "it" : "them"));
    entries.forEach(entry -> text.append("  ").append(entry.fingerprint()).append("  ")
        .append(entry.reason()).append(System.lineSeparator()));
    return Optional.of(text.toString());
  }
}
