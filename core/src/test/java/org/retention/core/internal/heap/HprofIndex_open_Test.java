package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.probe.DescribeMode;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/**
 * A dump is mapped in windows; records, ids and names that cross from one window into the next
 * read the same as in one window. Tiny windows put thousands of boundaries through a real dump.
 */
class HprofIndex_open_Test {
  static final List<Object> RECENT = new ArrayList<>();
  /** 64 KB windows: thousands of boundaries, few enough mappings for any VM. */
  private static final int TINY_WINDOW_BITS = 16;

  private Path dump;

  @AfterEach
  void forget() {
    RECENT.clear();
    if (dump != null) {
      HeapDumps.delete(dump);
    }
  }

  @Test
  void should_read_records_that_straddle_a_window_boundary() throws IOException {
    // GIVEN a kept dump of a leak
    RetentionProbe probe = RetentionProbe.builder().watch("value", leak(), null).build();
    RetentionVerdict verdict = probe.awaitRelease();
    Explanation kept = RetentionExplainer.explain(probe, verdict,
        new ExplainSettings(true, true, DescribeMode.TO_STRING));
    dump = kept.heapDump().orElseThrow();
    assertThat(Files.size(dump) >> TINY_WINDOW_BITS).isGreaterThan(100);
    // WHEN it is read in one window per GB and in tiny windows
    HprofIndex whole = HprofIndex.open(dump, VmLayout.current());
    HprofIndex windowed = HprofIndex.open(dump, VmLayout.current(), TINY_WINDOW_BITS);
    // THEN every object reads the same
    assertThat(windowed.objectCount()).isEqualTo(whole.objectCount());
    for (int object = 0; object < whole.objectCount(); object++) {
      assertThat(windowed.idOf(object)).isEqualTo(whole.idOf(object));
      assertThat(windowed.classNameOf(object)).isEqualTo(whole.classNameOf(object));
      assertThat(windowed.shallowSize(object)).isEqualTo(whole.shallowSize(object));
      assertThat(references(windowed, object)).isEqualTo(references(whole, object));
    }
    // AND the leak is explained the same
    HeapAnalysis.Result result = new HeapAnalysis(windowed, OwnFrames.NONE)
        .analyse(probe.id(), verdict.retained(), verdict.retainedCount());
    assertThat(result.paths()).isEqualTo(kept.paths());
    assertThat(result.paths().get(0).root().description())
        .isEqualTo("static field " + getClass().getName() + ".RECENT");
  }

  private static List<Long> references(HprofIndex heap, int object) {
    List<Long> references = new ArrayList<>();
    heap.forEachReference(object, true, (id, slot) -> {
      references.add(id);
      references.add((long) slot);
    });
    return references;
  }

  private static Object leak() {
    StringBuilder session = new StringBuilder("session-17");
    RECENT.add(session);
    return session;
  }
}
