package org.retention.core.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.explain.Explanation;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;

/** A baseline file that does not exist yet accepts no leak; a broken one is refused by key. */
class LeakGate_missingBaseline_Test {
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path directory;

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    LeakGate_record_Test.forgetLeaks();
  }

  @Test
  void should_accept_no_leak_say_where_the_baseline_goes_and_still_write_it() throws Exception {
    // GIVEN no baseline file yet, and a baseline to write at the end
    Path missing = directory.resolve("retention-baseline.txt");
    Path written = directory.resolve("written.txt");
    Explanation leak = LeakGate_record_Test.explainedLeak();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    // WHEN
    LeakGate gate = new LeakGate(new GateSettings(Optional.of(missing), Optional.empty(),
        Optional.of(written), false));
    CheckRecord check = gate.record(CheckRecords.unjudged(CheckKind.OBJECT, "test", "leak", leak));
    gate.finish();
    // THEN
    assertThat(check.verdict()).isEqualTo(CheckVerdict.RETAINED);
    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(said).containsOnlyOnce("Retention: no baseline at " + missing + " yet")
        .contains("retention:baseline").doesNotContain("stale");
    assertThat(LeakBaseline.read(written).reasons()).containsOnlyKeys(leak.fingerprints());
  }

  @Test
  void should_refuse_a_malformed_baseline_naming_the_key() throws Exception {
    // GIVEN an existing file that is no baseline
    Path malformed = Files.writeString(directory.resolve("b.txt"), "not-a-fingerprint reason\n");
    GateSettings settings = new GateSettings(Optional.of(malformed), Optional.empty(),
        Optional.empty(), false);
    // WHEN / THEN
    assertThatThrownBy(() -> new LeakGate(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(GateSettings.BASELINE + "='" + malformed + "'");
  }

  @Test
  void should_refuse_a_baseline_that_is_a_directory_naming_the_key() {
    // GIVEN a baseline path that exists but cannot be read as a file
    GateSettings settings = new GateSettings(Optional.of(directory), Optional.empty(),
        Optional.empty(), false);
    // WHEN / THEN
    assertThatThrownBy(() -> new LeakGate(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(GateSettings.BASELINE + "='" + directory + "'")
        .hasMessageContaining("cannot be read");
  }
}
