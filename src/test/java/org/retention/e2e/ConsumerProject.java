package org.retention.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new Maven project made of nothing but the README's Quick start, in a temporary directory with
 * its own local repository, built by this machine's Maven on this JVM's JDK; {@link #close()}
 * deletes all of it.
 *
 * <pre>{@code
 * try (ConsumerProject project = ConsumerProject.create(snippets, artifacts, build)) {
 *   MavenRun run = project.run("compiler:testCompile", "surefire:test");
 * }
 * }</pre>
 *
 * <p>Maven runs offline: the project's local repository holds this build's Retention artifacts,
 * and everything else comes from the build's own local repository through a {@code file:} mirror,
 * read only (the settings of the plugin's integration builds, {@code maven-plugin/src/it}).
 */
final class ConsumerProject implements AutoCloseable {
  /** Where a Maven installation and its repository are, and how long one build may take. */
  record Build(Path mavenHome, Path localRepository, Path itSettings, Duration timeout) {}

  /** The outcome of one Maven run: its exit code (-1 when killed) and its console output. */
  record MavenRun(int exitCode, List<String> output, Duration elapsed) {
    /** Copies. */
    MavenRun {
      output = List.copyOf(output);
    }

    /** Everything Maven printed, for a failure message. */
    String transcript() {
      return "Maven exited with " + exitCode + " after " + elapsed.toMillis() + " ms:"
          + System.lineSeparator() + String.join(System.lineSeparator(), output);
    }
  }

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)");
  private static final String REPOSITORY_URL_TOKEN = "@buildLocalRepositoryUrl@";

  private final Path root;
  private final Build build;

  private ConsumerProject(Path root, Build build) {
    this.root = root;
    this.build = build;
  }

  /**
   * Writes the project: {@code pom.xml} is the Maven snippet inside a {@code <project>} with
   * coordinates, each Java snippet a test class under {@code src/test/java}.
   */
  static ConsumerProject create(QuickStartSnippets snippets, BuildArtifacts artifacts, Build build)
      throws IOException {
    ConsumerProject project = new ConsumerProject(Files.createTempDirectory("retention-quickstart-"), build);
    try {
      project.write(snippets, artifacts);
      return project;
    } catch (IOException | RuntimeException e) {
      project.close();
      throw e;
    }
  }

  /** The temporary directory that holds the project and its repository. */
  Path root() {
    return root;
  }

  /** Runs Maven with {@code goals} on the project, killed after the build's timeout. */
  MavenRun run(String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        build.mavenHome().resolve("bin").resolve("mvn").toString(), "-B", "-ntp", "--offline",
        "--settings", root.resolve("settings.xml").toString(),
        "-Dmaven.repo.local=" + root.resolve("repository"),
        // Offline mode would refuse the file: mirror otherwise.
        "-Daether.offline.protocols=file"));
    command.addAll(List.of(goals));
    Path log = root.resolve("maven.log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(root.resolve("project").toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // The JDK of these tests, so that the Quick start is proven on each JDK the suite runs on.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    long start = System.nanoTime();
    Process maven = builder.start();
    boolean finished = maven.waitFor(build.timeout().toMillis(), TimeUnit.MILLISECONDS);
    if (!finished) {
      maven.descendants().forEach(ProcessHandle::destroyForcibly);
      maven.destroyForcibly().waitFor();
    }
    return new MavenRun(finished ? maven.exitValue() : -1,
        Files.readAllLines(log, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
  }

  /** Deletes the project, its build output and its repository. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }

  private void write(QuickStartSnippets snippets, BuildArtifacts artifacts) throws IOException {
    Path project = Files.createDirectories(root.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>quickstart</artifactId>
          <version>1.0</version>
        %s</project>
        """.formatted(snippets.pom()));
    for (String test : snippets.tests()) {
      Path directory = project.resolve("src/test/java").resolve(find(PACKAGE, test).replace('.', '/'));
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(find(CLASS, test) + ".java"), test);
    }
    Files.writeString(root.resolve("settings.xml"), Files.readString(build.itSettings())
        .replace(REPOSITORY_URL_TOKEN, build.localRepository().toUri().toString()));
    artifacts.installInto(Files.createDirectories(root.resolve("repository")));
  }

  private static String find(Pattern pattern, String test) {
    Matcher matcher = pattern.matcher(test);
    if (!matcher.find()) {
      throw new IllegalArgumentException("a Java snippet has no " + pattern + ":\n" + test);
    }
    return matcher.group(1);
  }
}
