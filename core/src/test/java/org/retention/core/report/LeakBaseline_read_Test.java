package org.retention.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakBaseline_read_Test {
  @TempDir
  Path directory;

  @Test
  void should_read_fingerprints_with_their_reasons_skipping_comments_and_blank_lines()
      throws Exception {
    // GIVEN
    Path file = Files.writeString(directory.resolve("baseline.txt"),
        "# accepted\n\n7a5218bb091fd854  audit log, until TICKET-1\n");
    // WHEN
    LeakBaseline baseline = LeakBaseline.read(file);
    // THEN
    assertThat(baseline.reasons()).containsExactly(
        entry("7a5218bb091fd854", "audit log, until TICKET-1"));
    assertThat(baseline.accepts("7a5218bb091fd854")).isTrue();
    assertThat(baseline.accepts("0000000000000000")).isFalse();
  }

  @Test
  void should_name_the_file_and_line_of_an_entry_without_a_reason() throws Exception {
    // GIVEN
    Path file = Files.writeString(directory.resolve("baseline.txt"), "# ok\n7a5218bb091fd854\n");
    // WHEN
    IllegalArgumentException error =
        catchThrowableOfType(IllegalArgumentException.class, () -> LeakBaseline.read(file));
    // THEN
    assertThat(error).hasMessage(file + " line 2: expected a 16-digit lowercase hex leak"
        + " fingerprint, spaces, and the reason it is accepted, but was '7a5218bb091fd854'");
  }

  @Test
  void should_accept_a_baseline_that_starts_with_a_utf8_byte_order_mark() throws Exception {
    // GIVEN a baseline saved by an editor that writes a BOM
    Path file = Files.writeString(directory.resolve("baseline.txt"),
        "\uFEFF# accepted\n7a5218bb091fd854  audit log\n");
    // WHEN
    LeakBaseline baseline = LeakBaseline.read(file);
    // THEN
    assertThat(baseline.reasons()).containsExactly(entry("7a5218bb091fd854", "audit log"));
  }

  @Test
  void should_accept_a_byte_order_mark_before_the_first_entry() throws Exception {
    // GIVEN
    Path file = Files.writeString(directory.resolve("baseline.txt"),
        "\uFEFF7a5218bb091fd854  audit log\n");
    // WHEN
    LeakBaseline baseline = LeakBaseline.read(file);
    // THEN
    assertThat(baseline.reasons()).containsExactly(entry("7a5218bb091fd854", "audit log"));
  }

  @Test
  void should_show_invisible_characters_of_a_malformed_line() throws Exception {
    // GIVEN a no-break space, a zero-width space and a byte order mark past the first line
    Path file = Files.writeString(directory.resolve("baseline.txt"),
        "# ok\n7a5218bb091fd854\u00a0audit\u200b log\n\uFEFF0123456789abcdef  x\n");
    // WHEN
    IllegalArgumentException error =
        catchThrowableOfType(IllegalArgumentException.class, () -> LeakBaseline.read(file));
    // THEN
    assertThat(error).hasMessage(file + " line 2: expected a 16-digit lowercase hex leak"
        + " fingerprint, spaces, and the reason it is accepted, but was"
        + " '7a5218bb091fd854\\u00a0audit\\u200b log' (invisible characters shown as \\uXXXX)");
  }

  @Test
  void should_reject_a_fingerprint_listed_twice() throws Exception {
    // GIVEN
    Path file = Files.writeString(directory.resolve("baseline.txt"),
        "7a5218bb091fd854 one\n7a5218bb091fd854 two\n");
    // WHEN
    IllegalArgumentException error =
        catchThrowableOfType(IllegalArgumentException.class, () -> LeakBaseline.read(file));
    // THEN
    assertThat(error).hasMessage(file + " line 2: fingerprint 7a5218bb091fd854 is listed twice");
  }

  @Test
  void should_write_a_baseline_that_reads_back() throws Exception {
    // GIVEN
    Path file = directory.resolve("new/baseline.txt");
    // WHEN
    LeakBaseline.write(file, List.of("bbbbbbbbbbbbbbbb", "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"),
        Map.of("aaaaaaaaaaaaaaaa", "kept from before"));
    // THEN the reason already given is kept, the new entry gets one to fill in
    assertThat(LeakBaseline.read(file).reasons()).containsExactly(
        entry("aaaaaaaaaaaaaaaa", "kept from before"),
        entry("bbbbbbbbbbbbbbbb", "TODO: say why this leak is accepted"));
  }
}
