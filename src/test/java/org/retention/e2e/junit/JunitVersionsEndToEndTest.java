package org.retention.e2e.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jol.info.GraphLayout;
import org.retention.core.gc.GcCoordinator;
import org.retention.junit.RetentionExtension;

/**
 * The extension, compiled against JUnit 5.10, runs unchanged on the newest JUnit 5 and on JUnit 6:
 * each console launcher (copied to target/junit-console by e2e/pom.xml) runs {@link
 * ExtensionFixture} in a child JVM.
 */
class JunitVersionsEndToEndTest {
  private static final Path CONSOLES =
      Path.of(System.getProperty("basedir", "."), "target", "junit-console");

  @ParameterizedTest
  @ValueSource(strings = {"junit-platform-console-standalone-1.14.4.jar",
      "junit-platform-console-standalone-6.1.3.jar"})
  void passes_the_clean_test_and_fails_the_leaking_ones_with_their_messages(String console)
      throws Exception {
    Run run = launch(console, List.of());

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("1 tests successful", "2 tests failed")
        .contains("Expecting tracked objects to be collectable after the test, but 1 of 1 is still"
            + " strongly reachable after ")
        .contains("object bob's session (java.lang.StringBuilder, retains ")
        .contains("GC root: static field " + ExtensionFixture.class.getName() + ".LEAKED")
        .contains("Expecting no more live instances after the test than before it, but 1 of 1"
            + " class has more")
        .contains(ExtensionFixture.Session.class.getName() + ": 0 before, 1 after");
  }

  @ParameterizedTest
  @ValueSource(strings = {"junit-platform-console-standalone-6.1.3.jar"})
  void fails_every_check_with_the_reason_on_a_collector_that_never_collects(String console)
      throws Exception {
    Run run = launch(console, List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC"));

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("0 tests successful", "3 tests failed")
        .contains("Expecting tracked objects to be collectable after the test, but no verdict could"
            + " be given: The Epsilon collector (-XX:+UseEpsilonGC) never collects garbage");
  }

  private record Run(int exitCode, String output) {}

  private static Run launch(String console, List<String> jvmOptions) throws Exception {
    Path jar = CONSOLES.resolve(console);
    assertThat(jar).as("copied by e2e/pom.xml").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "execute", "--disable-banner",
        "--details=summary", "--disable-ansi-colors",
        "--class-path", String.join(java.io.File.pathSeparator, Stream.of(ExtensionFixture.class,
            RetentionExtension.class, GcCoordinator.class, GraphLayout.class)
            .map(JunitVersionsEndToEndTest::location).distinct().toList()),
        "--select-class", ExtensionFixture.class.getName()));
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
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

}
