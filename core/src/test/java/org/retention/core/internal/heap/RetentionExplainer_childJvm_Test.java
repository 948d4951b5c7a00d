package org.retention.core.internal.heap;

import org.retention.core.internal.text.ExplanationMessages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.Reachability;
import org.retention.core.probe.DescribeMode;

/** A dump analysed in a child VM explains a leak exactly as an analysis in the test VM does. */
class RetentionExplainer_childJvm_Test {
  static final List<Object> RECENT = new ArrayList<>();

  @AfterEach
  void forget() {
    RECENT.clear();
  }

  @Test
  void should_explain_a_leak_in_a_child_jvm_as_in_process() throws IOException {
    // GIVEN the same leak, explained in this VM and in a child VM
    Explanation inProcess = Leaks.explain(RetentionExplainer_childJvm_Test::leak,
        settings(ExplainSettings.Analysis.IN_PROCESS));
    RECENT.clear();
    Set<Path> before = dumpDirectories();
    // WHEN
    Explanation inChild = Leaks.explain(RetentionExplainer_childJvm_Test::leak,
        settings(ExplainSettings.Analysis.CHILD_JVM));
    // THEN
    assertThat(inChild.paths()).hasSize(1).isEqualTo(inProcess.paths());
    assertThat(inChild.paths().get(0).root().description())
        .isEqualTo("static field " + getClass().getName() + ".RECENT");
    assertThat(inChild.fingerprints()).isEqualTo(inProcess.fingerprints());
    assertThat(inChild.reachability()).containsExactly(entry(Reachability.STRONG, 1));
    assertThat(withoutTimes(ExplanationMessages.of(inChild))).isEqualTo(withoutTimes(ExplanationMessages.of(inProcess)));
    assertThat(dumpDirectories()).isSubsetOf(before);
  }

  private static Object leak() {
    RECENT.add("padding");
    StringBuilder session = new StringBuilder("session-17");
    RECENT.add(session);
    return session;
  }

  private static ExplainSettings settings(ExplainSettings.Analysis analysis) {
    return new ExplainSettings(true, false, DescribeMode.TO_STRING, analysis);
  }

  /** The message without its durations, which differ from run to run. */
  private static String withoutTimes(String message) {
    return message.replaceAll("\\d+ ms", "N ms");
  }

  private static Set<Path> dumpDirectories() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries.filter(path -> path.getFileName().toString()
          .startsWith(HeapDumps.directoryPrefix())).collect(Collectors.toSet());
    }
  }
}
