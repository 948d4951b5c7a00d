package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A child VM analysing a dump ends as soon as the VM that started it is gone, mid-analysis: it
 * does not run on to the end of an analysis nobody will read.
 */
class ChildJvmAnalysis_orphan_Test {
  /** The exit status of a child halted because its standard input ended. */
  private static final int HALTED_AS_ORPHAN = 2;

  @Test
  void should_halt_mid_analysis_when_its_standard_input_ends() throws Exception {
    // GIVEN a child VM, interpreted only so that its analysis takes seconds, given a request
    Path dump = HeapDumps.dumpLiveHeap();
    Process child = null;
    try {
      child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
              .toString(), "-Xint", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
          ChildJvmAnalysis.class.getName())
          .redirectErrorStream(true)
          .start();
      PrintStream toChild = new PrintStream(child.getOutputStream(), false, StandardCharsets.UTF_8);
      AnalysisLines.writeRequest(new AnalysisLines.Request(dump, 42, 1, VmLayout.current(),
          OwnFrames.NONE, List.of()), toChild);
      // WHEN the VM that sent it is gone: its end of the pipe closes
      toChild.close();
      // THEN the child halts as an orphan, long before an interpreted analysis could end
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ended").isTrue();
      assertThat(child.exitValue()).as(output(child)).isEqualTo(HALTED_AS_ORPHAN);
    } finally {
      if (child != null) {
        child.destroyForcibly();
      }
      HeapDumps.delete(dump);
    }
  }

  private static String output(Process child) throws IOException {
    return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
