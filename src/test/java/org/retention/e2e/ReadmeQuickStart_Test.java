package org.retention.e2e;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The README's Quick start works as written: its Maven and Java snippets, pasted into a new
 * project, build on this machine's Maven and JDK, and every test they declare runs and passes.
 * When the README drifts (a dependency dropped, an API renamed) this fails.
 */
@Isolated("two Maven builds with forked test JVMs: they would starve the timing of other tests")
class ReadmeQuickStart_Test {
  /*
   * The compiler and surefire goals, not the lifecycle's "test": the lifecycle also runs the
   * resources plugin that Maven 3.8.7 defaults to (2.6), whose old dependencies an offline
   * repository may lack; the Quick start's project has no resources for it to copy.
   */
  private static final String[] TEST_GOALS = {"compiler:testCompile", "surefire:test"};

  @Test
  void the_quick_start_builds_as_a_new_project_and_every_test_it_declares_passes()
      throws IOException, InterruptedException {
    // GIVEN the README's snippets, pasted into a new project
    QuickStartSnippets snippets = QuickStartSnippets.of(ThisBuild.readme());
    Path root;
    ConsumerProject.MavenRun run;
    try (ConsumerProject project =
        ConsumerProject.create(snippets, ThisBuild.ARTIFACTS, ThisBuild.BUILD)) {
      root = project.root();
      // WHEN this machine's Maven runs its tests
      run = project.run(TEST_GOALS);
    }
    // THEN each declared test ran and passed (the snippet that shows a leak passes only when
    // the leak is caught with its path), and nothing is left behind
    then(run.exitCode()).as(run.transcript()).isZero();
    then(run.output()).as(run.transcript())
        .contains("[INFO] Tests run: " + snippets.declaredTests() + ", Failures: 0, Errors: 0, Skipped: 0")
        .contains("[INFO] BUILD SUCCESS");
    // ... and on JDK 24+ the profile silences the JDK's notice about JOL's sun.misc.Unsafe, while
    // JDK 17 starts with the same pom (no "Unrecognized option")
    then(run.output()).as(run.transcript()).noneMatch(line -> line.contains("org.openjdk.jol"));
    then(root).doesNotExist();
  }

  @Test
  void a_quick_start_without_retention_junit_fails_to_compile() throws IOException, InterruptedException {
    // GIVEN a README whose Maven snippet lost the retention-junit dependency
    String readme = ThisBuild.readme().replaceFirst("(?s)\\s*<dependency>((?!</dependency>).)*?"
        + "<artifactId>retention-junit</artifactId>.*?</dependency>", "");
    QuickStartSnippets snippets = QuickStartSnippets.of(readme);
    then(snippets.pom()).doesNotContain("retention-junit").contains("retention-assertj");
    try (ConsumerProject project =
        ConsumerProject.create(snippets, ThisBuild.ARTIFACTS, ThisBuild.BUILD)) {
      // WHEN its project compiles its tests
      ConsumerProject.MavenRun run = project.run("compiler:testCompile");
      // THEN the build fails on the missing package
      then(run.exitCode()).as(run.transcript()).isNotZero();
      then(run.output()).as(run.transcript())
          .anyMatch(line -> line.contains("package org.retention.junit does not exist"));
    }
  }

  @Test
  void closing_the_project_deletes_everything_it_wrote() throws IOException {
    // GIVEN a written project, its repository filled
    ConsumerProject project = ConsumerProject.create(
        QuickStartSnippets.of(ThisBuild.readme()), ThisBuild.ARTIFACTS, ThisBuild.BUILD);
    Path root = project.root();
    then(root.resolve("project/pom.xml")).isRegularFile();
    then(root.resolve("repository/org/retention/retention-junit")).isDirectory();
    // WHEN it is closed
    project.close();
    // THEN nothing of it remains
    then(root).doesNotExist();
  }

  @Test
  void a_marker_without_a_code_block_right_after_it_is_refused() {
    thenThrownBy(() -> QuickStartSnippets.of("intro\n<!-- quickstart:pom -->\n\n```xml\n<a/>\n```\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2 marks no code block: <!-- quickstart:pom --> must be followed by a ``` line");
  }

  @Test
  void a_page_without_a_java_snippet_is_refused() {
    thenThrownBy(() -> QuickStartSnippets.of("<!-- quickstart:pom -->\n```xml\n<a/>\n```\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no <!-- quickstart:test --> marks a Java snippet");
  }

  @Test
  void snippets_declare_each_test_once_and_each_repetition() {
    QuickStartSnippets snippets = QuickStartSnippets.of("""
        <!-- quickstart:pom -->
        ```xml
        <dependencies/>
        ```
        <!-- quickstart:test -->
        ```java
        class A { @Test void a() {} @Test // why
          void b() {} @RepeatedTest(40) void c() {} }
        ```
        """);
    then(snippets.pom()).isEqualTo("<dependencies/>\n");
    then(snippets.declaredTests()).isEqualTo(42);
  }
}
