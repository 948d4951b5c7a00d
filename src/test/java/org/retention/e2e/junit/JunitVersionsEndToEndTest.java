package org.retention.e2e.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retention.e2e.ConsoleLauncher;
import org.retention.e2e.ConsoleLauncher.Run;

/**
 * The extension, compiled against JUnit 5.10, runs unchanged on the newest JUnit 5 and on JUnit 6:
 * each console launcher (copied to target/junit-console by e2e/pom.xml) runs {@link
 * ExtensionFixture} in a child JVM.
 */
class JunitVersionsEndToEndTest {
  @ParameterizedTest
  @ValueSource(strings = {ConsoleLauncher.JUNIT5, ConsoleLauncher.JUNIT6})
  void passes_the_clean_test_and_fails_the_leaking_ones_with_their_messages(String console)
      throws Exception {
    Run run = launch(console, List.of());

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("1 tests successful", "2 tests failed")
        .contains("Expecting tracked objects to be collectable after the test, but 1 of 1 is still"
            + " strongly reachable after ")
        .contains("object bob's session (java.lang.StringBuilder, retains ")
        .contains("GC root: static field " + ExtensionFixture.class.getName() + ".LEAKED")
        .contains("Expecting no more live instances after the test than before it, but 1 of 1"
            + " class has more")
        .contains(ExtensionFixture.Session.class.getName() + ": 0 before, 1 after");
  }

  @ParameterizedTest
  @ValueSource(strings = {ConsoleLauncher.JUNIT6})
  void fails_every_check_with_the_reason_on_a_collector_that_never_collects(String console)
      throws Exception {
    Run run = launch(console, List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC"));

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("0 tests successful", "3 tests failed")
        .contains("Expecting tracked objects to be collectable after the test, but no verdict could"
            + " be given: The Epsilon collector (-XX:+UseEpsilonGC) never collects garbage");
  }

  private static Run launch(String console, List<String> jvmOptions) throws Exception {
    return ConsoleLauncher.launch(console, ExtensionFixture.class, jvmOptions, List.of());
  }
}
