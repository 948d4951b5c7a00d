package org.retention.core.internal.footprint;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * JOL prints two "# WARNING" lines on {@code System.out} when it first models the VM; in a fresh
 * JVM, a footprint measurement must print nothing but what the caller prints.
 */
class Footprint_output_Test {
  /** The child JVM: measures a map and prints only its byte count. */
  public static void main(String[] args) {
    Map<String, byte[]> map = new HashMap<>();
    map.put("a", new byte[64]);
    System.out.println("bytes " + Footprint.bytesOf(map));
  }

  @Test
  void should_print_nothing_into_the_users_output() throws IOException, InterruptedException {
    // GIVEN a fresh JVM, where JOL has not modelled the VM yet
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp",
        System.getProperty("java.class.path"), Footprint_output_Test.class.getName())
        .redirectErrorStream(true)
        .start();
    // WHEN it measures a footprint
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    then(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // THEN its output is the measurement alone
    then(child.exitValue()).as(output).isZero();
    List<String> lines = output.lines().filter(line -> !isJdkUnsafeWarning(line)).toList();
    then(lines).as(output).singleElement().asString().matches("bytes \\d+");
  }

  /**
   * JDK 24 and later warn on stderr at the first use of sun.misc.Unsafe's memory access (JEP
   * 498), which JOL needs; only the launcher flag {@code --sun-misc-unsafe-memory-access=allow}
   * silences it. That is the JDK's notice, not JOL's chatter.
   */
  private static boolean isJdkUnsafeWarning(String line) {
    return line.startsWith("WARNING: ") && (line.contains("sun.misc.Unsafe")
        || line.startsWith("WARNING: Please consider reporting this to the maintainers of class"));
  }
}
