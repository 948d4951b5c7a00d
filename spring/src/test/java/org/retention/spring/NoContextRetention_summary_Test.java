package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.retention.core.RetentionReports;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.RetentionReport;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The suite summary: how many contexts the checked classes created, how many the TestContext
 * framework closed, how many of those were proven released, and how many were still cached when
 * the run ended. The counts are the JVM's, so the classes run in a child JVM of their own, whose
 * report and end-of-run line say them. Truths established without Retention by the same fixtures
 * elsewhere: the leaking context is not collected, the fixed one is ({@link NoContextRetention_Test}).
 */
class NoContextRetention_summary_Test {
  @NoContextRetention @SpringJUnitConfig(Beans.LeakingConfig.class) @DirtiesContext
  static class LeakingFixture extends ContextUser {}

  @NoContextRetention @SpringJUnitConfig(Beans.FixedConfig.class) @DirtiesContext
  static class FixedFixture extends ContextUser {}

  /** Never closed by the framework: still cached at the end, then closed by Spring's exit hook. */
  @NoContextRetention @SpringJUnitConfig(Beans.SelfRegisteringConfig.class)
  static class CachedFixture extends ContextUser {}

  /** Not checked: its context is neither counted nor checked. */
  @SpringJUnitConfig(Beans.FixedConfig.class) @DirtiesContext
  static class UncheckedFixture extends ContextUser {}

  @Test
  void should_count_created_closed_released_and_still_cached_contexts_in_the_report_and_the_line()
      throws IOException, InterruptedException {
    Path reports = Files.createTempDirectory("retention-spring-summary-");
    try {
      // WHEN a leaking, a fixed, a cached and an unchecked class run in one JVM
      String output = ChildJvm.run(List.of("-Dretention.report.dir=" + reports),
          LeakingFixture.class, FixedFixture.class, CachedFixture.class, UncheckedFixture.class);
      // THEN the leaking class fails, the others pass
      assertThat(output).contains("LeakingFixture: failed (0 tests)", "FixedFixture: passed",
          "CachedFixture: passed", "UncheckedFixture: passed");
      // AND the end-of-run line counts 3 created, 2 closed, 1 released and 1 still cached
      assertThat(output).contains("Retention: 2 checks in this JVM: 1 released, 1 new leak;"
          + " Spring contexts: 3 created, 2 closed, 1 released, 1 still cached at the end;"
          + " report: " + reports);
      // AND so does the report, although Spring's shutdown hook closed the cached context while
      // the report was finished
      List<RetentionReport> written = RetentionReports.readAll(reports);
      assertThat(written).singleElement().satisfies(report -> {
        assertThat(report.finished()).isNotNull();
        assertThat(report.contexts()).isEqualTo(new ContextCounts(3, 2, 1, 1));
      });
    } finally {
      try (Stream<Path> files = Files.walk(reports)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(file);
        }
      }
    }
  }
}
