package org.retention.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.retention.gate.GateException;

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
    try {
      gate().baseline(reportSet(), baseline.toPath());
    } catch (GateException e) {
      throw broken(e);
    }
  }
}
