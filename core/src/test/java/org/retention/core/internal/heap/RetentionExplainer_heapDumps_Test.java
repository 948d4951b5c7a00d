package org.retention.core.internal.heap;

import org.retention.core.internal.text.ExplanationMessages;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.probe.DescribeMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.internal.text.Descriptions;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetainedObject;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/** Heap dumps hold every secret of the VM: they must never outlive their analysis by accident. */
class RetentionExplainer_heapDumps_Test {
  static final List<Object> LEAKED = new ArrayList<>();
  static final List<Object> OTHER_LEAKED = new ArrayList<>();
  private static final ExplainSettings KEEP =
      new ExplainSettings(true, true, DescribeMode.TO_STRING);

  private final List<Path> kept = new ArrayList<>();

  @AfterEach
  void forget() {
    LEAKED.clear();
    OTHER_LEAKED.clear();
    kept.forEach(HeapDumps::delete);
  }

  @Test
  void a_dump_is_deleted_after_its_analysis() throws IOException {
    Set<Path> before = dumpDirectories();

    Explanation explanation = Leaks.explain(() -> leak(LEAKED, "secret"));

    assertThat(explanation.paths()).hasSize(1);
    assertThat(explanation.heapDump()).isEmpty();
    assertThat(dumpDirectories()).isSubsetOf(before);
  }

  @Test
  void a_dump_kept_on_request_is_private_and_its_path_printed() throws IOException {
    Explanation explanation = Leaks.explain(() -> leak(LEAKED, "secret"), KEEP);

    Path dump = explanation.heapDump().orElseThrow();
    kept.add(dump);
    assertThat(dump).isRegularFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dump)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dump.getParent())))
        .isEqualTo("rwx------");
    assertThat(ExplanationMessages.of(explanation))
        .endsWith("  heap dump kept at " + dump + System.lineSeparator());
  }

  @Test
  void a_dump_is_deleted_when_its_analysis_throws() throws IOException {
    Set<Path> before = dumpDirectories();
    RetentionProbe probe = RetentionProbe.builder().watch("value", new Object(), null).build();
    RetentionVerdict impossible = new RetentionVerdict(Outcome.RETAINED, 1, 1,
        List.of(new RetainedObject(7, "value", "java.lang.Object", "x")), 2,
        GcCoordinator.shared().collector().displayName(), Duration.ofMillis(1), "");

    Explanation explanation =
        RetentionExplainer.explain(probe, impossible, ExplainSettings.DEFAULTS);

    assertThat(explanation.unexplainedReason())
        .startsWith("the heap dump could not be analysed: java.lang.ArrayIndexOutOfBoundsException");
    assertThat(ExplanationMessages.of(explanation)).contains("  value x (java.lang.Object)")
        .contains("  (no retention path: the heap dump could not be analysed");
    assertThat(dumpDirectories()).isSubsetOf(before);
  }

  @Test
  void no_dump_is_taken_when_explanations_are_off() throws IOException {
    Set<Path> before = dumpDirectories();

    Explanation explanation = Leaks.explain(() -> leak(LEAKED, "secret"),
        new ExplainSettings(false, true, DescribeMode.TO_STRING));

    assertThat(explanation.paths()).isEmpty();
    assertThat(explanation.heapDump()).isEmpty();
    assertThat(ExplanationMessages.of(explanation)).contains("1 of 1 is still reachable after")
        .contains("  value \"secret\" (java.lang.StringBuilder)");
    assertThat(dumpDirectories()).isSubsetOf(before);
  }

  @Test
  void two_failures_explained_at_once_never_share_a_dump() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    CompletableFuture<Explanation> first = CompletableFuture.supplyAsync(() ->
        Leaks.explain(() -> leak(LEAKED, "first", together), KEEP));
    CompletableFuture<Explanation> second = CompletableFuture.supplyAsync(() ->
        Leaks.explain(() -> leak(OTHER_LEAKED, "second", together), KEEP));

    Explanation one = first.get();
    Explanation two = second.get();
    kept.add(one.heapDump().orElseThrow());
    kept.add(two.heapDump().orElseThrow());

    assertThat(one.heapDump()).isNotEqualTo(two.heapDump());
    assertThat(one.paths().get(0).root().description()).endsWith(".LEAKED");
    assertThat(two.paths().get(0).root().description()).endsWith(".OTHER_LEAKED");
    assertThat(one.heapDump().orElseThrow()).isNotEmptyFile();
    assertThat(two.heapDump().orElseThrow()).isNotEmptyFile();
  }

  @Test
  void class_names_mode_never_shows_a_to_string() {
    RetentionProbe probe = watchSecret();

    Explanation explanation = RetentionExplainer.explain(probe, probe.awaitRelease(),
        new ExplainSettings(true, false, DescribeMode.CLASS_NAMES));

    assertThat(ExplanationMessages.of(explanation)).contains("  value #0 (java.lang.StringBuilder, retains ")
        .doesNotContain("password");
  }

  private static RetentionProbe watchSecret() {
    return RetentionProbe.builder().describedAs(DescribeMode.CLASS_NAMES)
        .watch("value", leak(LEAKED, "password=hunter2"), null).build();
  }

  private static StringBuilder leak(List<Object> list, String text, CyclicBarrier... together) {
    StringBuilder leaked = new StringBuilder(text);
    list.add(leaked);
    for (CyclicBarrier barrier : together) {
      try {
        barrier.await();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return leaked;
  }

  private static Set<Path> dumpDirectories() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      // Only this VM's: other processes on the machine may be dumping at the same time.
      return entries.filter(path -> path.getFileName().toString()
              .startsWith(HeapDumps.directoryPrefix()))
          .collect(Collectors.toSet());
    }
  }
}
