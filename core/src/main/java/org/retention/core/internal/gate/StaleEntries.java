package org.retention.core.internal.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.retention.core.report.BaselineEntry;

/**
 * The baseline entries a run found stale, or why it could not tell.
 *
 * <pre>{@code
 * stale.notice(baselineFile).ifPresent(System.err::print);
 * }</pre>
 *
 * @param entries the entries no check matched; null when {@code unknownReason} is set
 * @param unknownReason why staleness could not be judged; null when it was
 */
record StaleEntries(List<BaselineEntry> entries, String unknownReason) {
  /** No baseline: nothing can be stale. */
  static final StaleEntries NONE = new StaleEntries(List.of(), null);

  /** The lines that say to remove the stale entries from {@code baselineFile}; none when none. */
  Optional<String> notice(Path baselineFile) {
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
