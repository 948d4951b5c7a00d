package org.retention.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The reports a gate merges: every report under the directory the test JVMs wrote to, plus files,
 * directories or globs gathered from CI shards.
 *
 * <pre>{@code
 * ReportSet reports = new ReportSet(Path.of("target/retention"),
 *     List.of("shards/retention-report-*.json"), Path.of("."));
 * }</pre>
 *
 * @param directory where the test JVMs wrote their reports; may not exist
 * @param extra more report files, directories or globs, relative to {@code base}
 * @param base the directory relative names are resolved against
 */
public record ReportSet(Path directory, List<String> extra, Path base) {
  /** Validates, and copies {@code extra}. */
  public ReportSet {
    Objects.requireNonNull(directory, "directory");
    extra = List.copyOf(extra);
    Objects.requireNonNull(base, "base");
  }
}
