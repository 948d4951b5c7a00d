package org.retention.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.retention.gate.GateException;
import org.retention.gate.GateLog;
import org.retention.gate.GateTool;
import org.retention.gate.ReportSet;
import org.retention.gate.RetentionGate;

/**
 * What both goals share: the reports of a build, and the shared gate that merges and judges them.
 *
 * <pre>
 * mvn retention:check -Dretention.reports=shards/**&#47;*.json
 * </pre>
 */
abstract class ReportsMojo extends AbstractMojo {
  /** How the gate's hints name Maven's ways. */
  private static final GateTool MAVEN = new GateTool("mvn retention:baseline", "the reports parameter");

  /** Where the test JVMs wrote their reports: the default of {@code retention.report.dir}. */
  @Parameter(property = "retention.reportDirectory",
      defaultValue = "${project.build.directory}/retention", required = true)
  File reportDirectory;

  /**
   * More reports to merge: files, directories, or globs such as {@code shards/**}{@code /*.json}
   * (relative to the project's directory), for reports gathered from CI shards.
   */
  @Parameter(property = "retention.reports")
  List<String> reports = new ArrayList<>();

  /** The project's directory, which relative report names are resolved against. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** Skips the goal. */
  @Parameter(property = "retention.skip", defaultValue = "false")
  boolean skip;

  /** The reports this build merges. */
  ReportSet reportSet() {
    return new ReportSet(reportDirectory.toPath(), reports, basedir.toPath());
  }

  /** The shared gate, with hints in Maven's words, logging to Maven's log. */
  RetentionGate gate() {
    return new RetentionGate(MAVEN,
        GateLog.of(line -> getLog().info(line), line -> getLog().warn(line)));
  }

  /** A report or the baseline cannot be read, or an output written: a broken build. */
  static MojoExecutionException broken(GateException e) {
    return new MojoExecutionException(e.getMessage(), e.getCause());
  }
}
