package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.retention.core.RunSummary;

/**
 * Runs fixtures in a child JVM, for what one JVM configures once: the context cache's size (read
 * when the cache is made) and the baseline (read by the first check). The child runs {@link
 * #main} with this JVM's class path and prints each fixture's outcome ({@link Fixtures#outcome}).
 */
final class ChildJvm {
  private ChildJvm() {}

  /** The child's output; it must exit 0 within a minute. */
  static String run(List<String> options, Class<?>... fixtures) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Dretention.report.dir=none"));
    String logging = System.getProperty("java.util.logging.config.file");
    if (logging != null) {
      command.add("-Djava.util.logging.config.file=" + logging);
    }
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildJvm.class.getName()));
    for (Class<?> fixture : fixtures) {
      command.add(fixture.getName());
    }
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Read before waiting: a child blocked on a full pipe would never exit.
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean exited = child.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      child.destroyForcibly();
    }
    assertThat(exited).as("the child exited; its output:%n%s", output).isTrue();
    assertThat(child.exitValue()).as("the child's exit code; its output:%n%s", output).isZero();
    return output;
  }

  /**
   * Runs each fixture class, in order, and prints its outcome; then the line a JUnit run ends with
   * (retention-junit prints it when its launcher session closes, which the test kit has none of).
   */
  public static void main(String[] fixtures) throws Exception {
    for (String fixture : fixtures) {
      System.out.println(Fixtures.outcome(Class.forName(fixture)));
    }
    RunSummary.endOfRunLine().ifPresent(System.out::println);
  }
}
