package org.retention.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.retention.core.report.LeakBaseline;
import org.retention.maven.internal.MergedReports;

/**
 * Writes the baseline from the merged reports: every leak fingerprint they contain, each
 * keeping its reason from the existing baseline, or getting a {@code TODO} reason to fill in.
 * Entries that no merged report matched are dropped, so merge every shard's reports first.
 *
 * <pre>
 * mvn verify -Dmaven.test.failure.ignore=true    # today's leaks, in target/retention
 * mvn retention:baseline                          # writes retention-baseline.txt
 * </pre>
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends ReportsMojo {
  /** The baseline file to write or update. */
  @Parameter(property = "retention.baseline",
      defaultValue = "${project.basedir}/retention-baseline.txt", required = true)
  File baseline;

  /** Creates the goal; Maven sets its parameters. */
  public BaselineMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Retention: baseline skipped");
      return;
    }
    Path file = baseline.toPath();
    Optional<Path> existing = baseline.isFile() ? Optional.of(file) : Optional.empty();
    MergedReports merged = merge(existing);
    Map<String, String> reasons = merged.baseline().map(LeakBaseline::reasons).orElse(Map.of());
    try {
      LeakBaseline.write(file, merged.fingerprints(), reasons);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the retention baseline " + file + ": " + e, e);
    }
    long kept = merged.fingerprints().stream().filter(reasons::containsKey).count();
    getLog().info(String.format("Retention: wrote %d leak fingerprint(s) from %d report(s) to %s"
            + " (%d kept their reason, %d dropped as stale)", merged.fingerprints().size(),
        merged.reports().size(), file, kept, merged.staleEntries().size()));
  }
}
