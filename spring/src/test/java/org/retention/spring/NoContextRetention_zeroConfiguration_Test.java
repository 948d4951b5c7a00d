package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.spring.Fixtures.assertPassed;
import static org.retention.spring.Fixtures.classFailure;
import static org.retention.spring.Fixtures.run;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.retention.spring.NoContextRetention_Test.LeakingBase;

/**
 * {@code retention.spring.contexts=check}: Spring's default listeners include the check, which
 * then applies to every Spring test class, annotated or not. The unannotated leaking class's
 * context is not collectable, measured without Retention in {@link NoContextRetention_Test}.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class NoContextRetention_zeroConfiguration_Test {
  @AfterEach
  void clean_up() {
    System.clearProperty(NoContextRetention.MODE_PROPERTY_NAME);
    Beans.release();
  }

  @Test
  void should_check_an_unannotated_class_under_the_switch() {
    // GIVEN the switch, as a system property
    System.setProperty(NoContextRetention.MODE_PROPERTY_NAME, "check");
    // WHEN the leaking class without the annotation runs
    String failure = classFailure(run(LeakingBase.class));
    // THEN it fails as an annotated one would
    assertThat(failure)
        .startsWith("Expecting closed application contexts to be collectable after the"
            + " TestContext framework closed them, but 1 of 1 is still strongly reachable")
        .contains(" of " + LeakingBase.class.getName() + ", closed by @DirtiesContext after the class (")
        .contains("  GC root: static field " + Registry.class.getName() + ".INSTANCES");
  }

  @Test
  void should_not_check_an_unannotated_class_without_the_switch() {
    // GIVEN no switch, and then its default said out loud
    for (String mode : new String[] {null, "annotated"}) {
      if (mode != null) {
        System.setProperty(NoContextRetention.MODE_PROPERTY_NAME, mode);
      }
      // WHEN the leaking class without the annotation runs THEN it passes
      assertPassed(run(LeakingBase.class));
      Beans.release();
    }
  }

  @Test
  void should_refuse_a_switch_value_it_does_not_know() {
    // GIVEN a misspelt switch
    System.setProperty(NoContextRetention.MODE_PROPERTY_NAME, "on");
    // WHEN a Spring test class runs
    List<Throwable> failures = Fixtures.failures(run(LeakingBase.class));
    // THEN it fails with the key, the value, and what is expected
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid configuration parameter retention.spring.contexts='on': expected"
            + " check or annotated.");
  }
}
