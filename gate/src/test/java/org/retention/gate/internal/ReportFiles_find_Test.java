package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFiles_find_Test {
  @TempDir
  Path project;

  private Path file(String name) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "{}");
  }

  @Test
  void should_find_the_reports_of_the_directory_and_of_each_glob_once() throws IOException {
    // GIVEN two fork reports, a temporary file, and two shard reports
    Path fork1 = file("target/retention/retention-report-1-100-0001.json");
    Path fork2 = file("target/retention/retention-report-2-100-0002.json");
    file("target/retention/.retention-report-9.tmp");
    file("target/retention/summary.md");
    Path shardA = file("shards/a/retention-report-3-100-0003.json");
    Path shardB = file("shards/b/other.json");
    // WHEN the directory, a glob and a file already found are given
    List<Path> found = ReportFiles.find(project.resolve("target/retention"),
        List.of("shards/**/*.json", " ", "target/retention/retention-report-1-100-0001.json"),
        project);
    // THEN each report is found once
    assertThat(found).containsExactly(fork1, fork2, shardA, shardB);
  }

  @Test
  void should_find_the_reports_of_a_named_directory() throws IOException {
    // GIVEN a shard directory
    Path shard = file("shard-2/retention-report-4-100-0004.json");
    // WHEN it is named, and the report directory does not exist
    List<Path> found = ReportFiles.find(project.resolve("target/retention"), List.of("shard-2"),
        project);
    // THEN
    assertThat(found).containsExactly(shard);
  }

  @Test
  void should_find_nothing_for_a_glob_whose_directory_does_not_exist() throws IOException {
    assertThat(ReportFiles.find(project.resolve("target/retention"), List.of("nowhere/*.json"),
        project)).isEmpty();
  }

  @Test
  void should_refuse_a_named_file_that_does_not_exist() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportFiles.find(project, List.of("missing.json"), project))
        .withMessage("The retention report " + project.resolve("missing.json")
            + " does not exist");
  }
}
