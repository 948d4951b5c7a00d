package org.retention.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Only failures pay for explanations: a passing assertion loads no class of the heap dump
 * analysis. Proven in a child VM, whose {@code -verbose:class} lists every class it loads.
 */
class RetentionMapAssert_passLoadsNoAnalysis_Test {
  private static final String ANALYSIS = "org.retention.core.internal.heap.HprofIndex";

  @Test
  void a_passing_assertion_loads_no_analysis_class() throws Exception {
    assertThat(loadedClasses("pass")).doesNotContain(ANALYSIS)
        .doesNotContain("org.retention.core.internal.heap.RetentionExplainer");
  }

  @Test
  void a_failing_assertion_does_load_it() throws Exception {
    assertThat(loadedClasses("fail")).contains(ANALYSIS);
  }

  private static List<String> loadedClasses(String mode) throws IOException, InterruptedException {
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-verbose:class", "-cp", System.getProperty("java.class.path"),
        Check.class.getName(), mode)
        .redirectErrorStream(true).start();
    List<String> classes = new ArrayList<>();
    String output = new String(child.getInputStream().readAllBytes());
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    for (String line : output.split("\\R")) {
      int start = line.indexOf("] ");
      if (line.contains("class,load") && start >= 0) {
        classes.add(line.substring(start + 2).split(" ")[0]);
      }
    }
    return classes;
  }

  /** The child VM: one passing or one failing assertion. */
  public static final class Check {
    static final List<Object> LEAKED = new ArrayList<>();

    public static void main(String[] args) {
      Map<String, Object> map = new HashMap<>();
      map.put("a", new StringBuilder("a"));
      if (args[0].equals("fail")) {
        LEAKED.add(map.get("a"));
        try {
          RetentionAssertions.assertThat(map).releasesValuesAfterClear();
        } catch (AssertionError expected) {
          return;
        }
        throw new IllegalStateException("the leak was not found");
      }
      RetentionAssertions.assertThat(map).releasesValuesAfterClear();
    }
  }
}
