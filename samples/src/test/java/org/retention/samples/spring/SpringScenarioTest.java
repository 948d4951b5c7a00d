package org.retention.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.retention.samples.eventbus.EventBus;
import org.retention.spring.NoContextRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The shipped relay is caught naming the static bus: under {@code @NoContextRetention}, in a
 * fixture class run through the Jupiter engine (surefire skips nested classes), and by the demo's
 * check; the fixed relay passes that check.
 */
class SpringScenarioTest {
  private static final String BUS = "static field " + EventBus.class.getName() + ".GLOBAL";

  /** {@link EventRelayTest} on the shipped relay: its class must fail. */
  @SpringJUnitConfig(BuggyEventRelay.class)
  @DirtiesContext
  @NoContextRetention
  static class BuggyFixture {
    @Test
    void relays(@Autowired BuggyEventRelay relay) {
      EventBus.GLOBAL.publish("maintenance at 22:00");
      assertThat(relay).isNotNull();
    }
  }

  @Test
  void buggy_relay_fails_its_test_class_naming_the_static_bus() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(BuggyFixture.class)).execute();

    assertThat(results.testEvents().failed().count()).as("failed tests").isZero();
    List<Throwable> failures = results.containerEvents().failed().stream()
        .map(event -> event.getPayload(TestExecutionResult.class))
        .flatMap(Optional::stream)
        .flatMap(result -> result.getThrowable().stream())
        .toList();
    assertThat(failures).singleElement().isExactlyInstanceOf(AssertionError.class)
        .extracting(Throwable::getMessage).asString()
        .contains(" of " + BuggyFixture.class.getName()
            + ", closed by @DirtiesContext after the class")
        .contains("GC root: " + BUS)
        .contains("    EventRelay.context")
        .contains("leak fingerprint: ");
  }

  @Test
  void buggy_scenario_is_caught_naming_the_static_bus() {
    assertThatThrownBy(SpringScenario.SCENARIO.buggy()::run)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting closed application contexts to be collectable after"
            + " close(), but 1 of 1 is still strongly reachable")
        .hasMessageContaining("GC root: " + BUS)
        .hasMessageContaining("    EventRelay.context")
        .hasMessageContaining("leak fingerprint: ");
  }

  @Test
  void fixed_scenario_releases_its_context() {
    SpringScenario.SCENARIO.fixed().run();
  }
}
