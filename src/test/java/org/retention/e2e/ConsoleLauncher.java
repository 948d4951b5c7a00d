package org.retention.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jol.info.GraphLayout;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.junit.RetentionExtension;

/**
 * Runs a fixture test class in a child JVM through a JUnit console launcher (copied to
 * target/junit-console by e2e/pom.xml), with Retention and the fixture on its class path.
 */
public final class ConsoleLauncher {
  /** The console launcher of the newest JUnit 5. */
  public static final String JUNIT5 = "junit-platform-console-standalone-1.14.4.jar";
  /** The console launcher of JUnit 6. */
  public static final String JUNIT6 = "junit-platform-console-standalone-6.1.3.jar";

  private static final Path CONSOLES =
      Path.of(System.getProperty("basedir", "."), "target", "junit-console");

  private ConsoleLauncher() {}

  /** What a run printed (standard output and error together), and how it ended. */
  public record Run(int exitCode, String output) {}

  /**
   * Runs {@code fixture} with {@code console}.
   *
   * @param jvmOptions options of the child JVM, such as {@code -Dretention.baseline=...}
   * @param arguments further launcher arguments, such as {@code --config=key=value}
   */
  public static Run launch(String console, Class<?> fixture, List<String> jvmOptions,
      List<String> arguments) throws Exception {
    Path jar = CONSOLES.resolve(console);
    assertThat(jar).as("copied by e2e/pom.xml").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "execute", "--disable-banner",
        "--details=summary", "--disable-ansi-colors",
        "--class-path", String.join(File.pathSeparator, Stream.of(fixture,
            RetentionExtension.class, GcCoordinator.class, GraphLayout.class)
            .map(ConsoleLauncher::location).distinct().toList()),
        "--select-class", fixture.getName()));
    command.addAll(arguments);
    Path log = Files.createTempFile("retention-console", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("The console launcher did not finish: " + command);
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
