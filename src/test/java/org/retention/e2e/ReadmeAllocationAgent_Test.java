package org.retention.e2e;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The README's agent snippet ("Where it was allocated") works as written: pasted into the Quick
 * start's project, {@code mvn test} runs the tests with retention-core as a Java agent, and a
 * growth check that fails names the exact line that allocated the leaking objects, while its fixed
 * twin passes. When the snippet drifts (the dependency plugin's goal dropped, the argLine lost)
 * this fails.
 */
@Isolated("a Maven build with a forked test JVM: it would starve the timing of other tests")
class ReadmeAllocationAgent_Test {
  /*
   * The lifecycle up to initialize, where the snippet's dependency plugin sets the jar's property
   * (so a snippet without that execution fails here), then the goals ReadmeQuickStart_Test runs
   * instead of the rest of "test": Maven 3.8.7's default resources plugin (2.6) has dependencies
   * an offline repository may lack.
   */
  private static final String[] TEST_GOALS = {"initialize", "compiler:testCompile", "surefire:test"};
  /** Where the checkout listeners pile up: a static list, as the README's sample has it. */
  private static final String PAYMENT_BUS = """
      package com.example;

      import java.util.ArrayList;
      import java.util.List;

      final class PaymentBus {
        static final class Listener {
          private final String order;

          Listener(String order) {
            this.order = order;
          }
        }

        private static final List<Listener> LISTENERS = new ArrayList<>();

        static Listener subscribe(String order) {
          Listener listener = new Listener(order);   // the allocation site
          LISTENERS.add(listener);
          return listener;
        }

        static void unsubscribe(Listener listener) {
          LISTENERS.remove(listener);
        }
      }
      """;
  private static final String LEAKING_TEST = """
      package com.example;

      import org.junit.jupiter.api.RepeatedTest;
      import org.junit.jupiter.api.RepetitionInfo;
      import org.retention.junit.NoHeapGrowth;

      class CheckoutLeakTest {
        @RepeatedTest(40)
        @NoHeapGrowth
        void checkoutLeavesItsListener(RepetitionInfo repetition) {
          PaymentBus.subscribe("order-" + repetition.getCurrentRepetition());
        }
      }
      """;
  private static final String FIXED_TEST = """
      package com.example;

      import org.junit.jupiter.api.RepeatedTest;
      import org.junit.jupiter.api.RepetitionInfo;
      import org.retention.junit.NoHeapGrowth;

      class CheckoutFixedTest {
        @RepeatedTest(40)
        @NoHeapGrowth
        void checkoutRemovesItsListener(RepetitionInfo repetition) {
          PaymentBus.unsubscribe(PaymentBus.subscribe("order-" + repetition.getCurrentRepetition()));
        }
      }
      """;

  @Test
  void the_agent_snippet_names_the_line_that_allocated_a_leak_and_its_fixed_twin_passes()
      throws IOException, InterruptedException {
    // GIVEN the Quick start's project with the README's agent snippet pasted in, a test that
    // leaks a listener per repetition into a static list, and its twin that removes it
    String readme = ThisBuild.readme();
    String pom = AgentSnippet.of(readme).into(QuickStartSnippets.of(readme).pom());
    QuickStartSnippets consumer =
        new QuickStartSnippets(pom, List.of(PAYMENT_BUS, LEAKING_TEST, FIXED_TEST));
    ConsumerProject.MavenRun run;
    String leakReport;
    try (ConsumerProject project = ConsumerProject.create(consumer, ThisBuild.ARTIFACTS, ThisBuild.BUILD)) {
      // WHEN Maven runs its tests
      run = project.run(TEST_GOALS);
      Path report = project.root()
          .resolve("project/target/surefire-reports/com.example.CheckoutLeakTest.txt");
      leakReport = Files.exists(report) ? Files.readString(report) : "";
    }
    // THEN only the leaking test's last repetition fails, naming the line of its `new`
    then(run.exitCode()).as(run.transcript()).isNotZero();
    then(run.output()).as(run.transcript())
        .anyMatch(line -> line.contains("Tests run: 40, Failures: 1, Errors: 0, Skipped: 0")
            && line.endsWith("in com.example.CheckoutLeakTest"))
        .anyMatch(line -> line.contains("Tests run: 40, Failures: 0, Errors: 0, Skipped: 0")
            && line.endsWith("in com.example.CheckoutFixedTest"));
    then(leakReport).as(run.transcript())
        .contains("Expecting the repetitions of com.example.CheckoutLeakTest#checkoutLeavesItsListener",
            "GC root: static field com.example.PaymentBus.LISTENERS",
            "    -> com.example.PaymentBus$Listener" + System.lineSeparator()
                + "  allocated at com.example.PaymentBus.subscribe(PaymentBus.java:"
                + lineOf(PAYMENT_BUS, "new Listener(order)") + ")");
  }

  @Test
  void the_agent_snippet_takes_the_place_of_the_quick_starts_surefire_plugin() {
    // GIVEN a Maven snippet with surefire between two other plugins
    AgentSnippet agent = new AgentSnippet("<plugin>agent</plugin>\n");
    // WHEN the agent snippet goes into it
    String pom = agent.into("""
        <plugins>
          <plugin><artifactId>maven-compiler-plugin</artifactId></plugin>
          <plugin>
            <artifactId>maven-surefire-plugin</artifactId>
          </plugin>
          <plugin><artifactId>maven-jar-plugin</artifactId></plugin>
        </plugins>
        """);
    // THEN surefire is replaced, and the others are left alone
    then(pom).isEqualTo("""
        <plugins>
          <plugin><artifactId>maven-compiler-plugin</artifactId></plugin>
        <plugin>agent</plugin>
          <plugin><artifactId>maven-jar-plugin</artifactId></plugin>
        </plugins>
        """);
  }

  @Test
  void a_maven_snippet_without_surefire_is_refused() {
    thenThrownBy(() -> new AgentSnippet("<plugin/>\n").into("<plugins/>\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Maven snippet has no surefire plugin to replace:\n<plugins/>\n");
  }

  @Test
  void a_page_without_the_agent_marker_or_with_two_is_refused() {
    thenThrownBy(() -> AgentSnippet.of("```xml\n<plugin/>\n```\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no line is the marker <!-- agent:plugins -->");
    thenThrownBy(() -> AgentSnippet.of("<!-- agent:plugins -->\n```\n```\n<!-- agent:plugins -->\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 4 repeats the marker of line 1: <!-- agent:plugins -->");
  }

  private static int lineOf(String source, String marker) {
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line has " + marker);
  }
}
