package org.retention.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.retention.gate.CheckOutcome;
import org.retention.gate.CheckRequest;
import org.retention.gate.GateException;

/**
 * Gates the build on the retention checks of all its test JVMs: merges every report under
 * {@code target/retention} (plus {@code reports} from CI shards), applies the baseline, fails on
 * a leak the baseline does not accept, lists the baseline entries that no merged report
 * matched, and writes {@code summary.md} and a self-contained {@code report.html} beside the
 * reports.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.retention</groupId>
 *   <artifactId>retention-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 *   <configuration><baseline>retention-baseline.txt</baseline></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ReportsMojo {
  /**
   * The baseline of accepted leaks (the format of {@code retention.baseline}: one fingerprint
   * and reason per line). Without it the verdicts stand as the test JVMs recorded them.
   */
  @Parameter(property = "retention.baseline")
  File baseline;

  /** Fails the build when a baseline entry matched no leak of any merged report. */
  @Parameter(property = "retention.failOnStale", defaultValue = "false")
  boolean failOnStale;

  /**
   * Fails the build on a new leak; {@code false} only reports it, for a CI step that must write
   * the summary even after the tests failed.
   */
  @Parameter(property = "retention.haltOnFailure", defaultValue = "true")
  boolean haltOnFailure;

  /** Creates the goal; Maven sets its parameters. */
  public CheckMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Retention: check skipped");
      return;
    }
    CheckOutcome outcome;
    try {
      outcome = gate().check(new CheckRequest(reportSet(),
          Optional.ofNullable(baseline).map(File::toPath), reportDirectory.toPath(), failOnStale,
          haltOnFailure));
    } catch (GateException e) {
      throw broken(e);
    }
    if (outcome.failure().isPresent()) {
      throw new MojoFailureException(outcome.failure().get());
    }
  }
}
