package org.retention.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * This checkout and this build as the e2e module's surefire hands them over (its
 * {@code retention.e2e.*} system properties): the README, the artifacts to install into a
 * consumer project, and the Maven that builds one, offline.
 *
 * <pre>{@code
 * try (ConsumerProject project = ConsumerProject.create(
 *     QuickStartSnippets.of(ThisBuild.readme()), ThisBuild.ARTIFACTS, ThisBuild.BUILD)) { ... }
 * }</pre>
 */
final class ThisBuild {
  /** The checkout's root, where README.md and the parent POM are. */
  static final Path PROJECT_ROOT =
      Path.of(System.getProperty("retention.e2e.projectRoot", "..")).toAbsolutePath().normalize();
  /** This build's published artifacts, at the checkout's version. */
  static final BuildArtifacts ARTIFACTS =
      new BuildArtifacts(PROJECT_ROOT, System.getProperty("retention.e2e.version", "0.1.0-SNAPSHOT"));
  /** This build's Maven and local repository, read through the integration builds' settings. */
  static final ConsumerProject.Build BUILD = new ConsumerProject.Build(
      Path.of(System.getProperty("retention.e2e.mavenHome", "/usr/share/maven")),
      Path.of(System.getProperty("retention.e2e.buildRepository",
          System.getProperty("user.home") + "/.m2/repository")),
      PROJECT_ROOT.resolve("maven-plugin/src/it/settings.xml"),
      Duration.ofMinutes(5));

  private ThisBuild() {}

  /** The checkout's README.md. */
  static String readme() throws IOException {
    return Files.readString(PROJECT_ROOT.resolve("README.md"));
  }
}
