package org.retention.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.retention.core.report.LeakBaseline;
import org.retention.maven.internal.MergedReports;
import org.retention.maven.internal.ReportFile;
import org.retention.maven.internal.ReportFiles;

/**
 * What both goals share: finding, reading and merging the retention reports of a build.
 *
 * <pre>
 * mvn retention:check -Dretention.reports=shards/**&#47;*.json
 * </pre>
 */
abstract class ReportsMojo extends AbstractMojo {
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

  /** Reads and merges every report, judged against {@code baseline} if there is one. */
  MergedReports merge(Optional<Path> baseline) throws MojoExecutionException {
    List<ReportFile> read = new ArrayList<>();
    try {
      for (Path file : ReportFiles.find(reportDirectory.toPath(), reports, basedir.toPath())) {
        read.add(ReportFile.read(file));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("Cannot read the retention reports: " + e.getMessage(), e);
    }
    if (baseline.isPresent() && !Files.exists(baseline.get())) {
      // As in the test JVMs: a baseline not written yet accepts no leak.
      getLog().info("Retention: no baseline at " + baseline.get() + " yet, so no leak is"
          + " accepted; mvn retention:baseline writes it");
      return MergedReports.judge(read, Optional.of(new LeakBaseline(baseline.get(), Map.of())));
    }
    try {
      return MergedReports.judge(read, baseline.isPresent()
          ? Optional.of(LeakBaseline.read(baseline.get())) : Optional.empty());
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("Cannot read the retention baseline " + baseline.get()
          + ": " + e.getMessage(), e);
    }
  }
}
