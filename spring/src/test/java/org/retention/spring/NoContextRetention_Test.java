package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.retention.spring.Fixtures.assertPassed;
import static org.retention.spring.Fixtures.classFailure;
import static org.retention.spring.Fixtures.assertReleased;
import static org.retention.spring.Fixtures.leakFailure;
import static org.retention.spring.Fixtures.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.MethodMode;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * {@code @NoContextRetention} with real Spring: a context that the TestContext framework closed and
 * that stays reachable fails its class, naming what holds it; a released one passes.
 *
 * <p>Each verdict's truth is first established without Retention: the unchecked fixture (the base
 * class of the checked one) runs, then a weak reference to the context it loaded either clears
 * within ten {@code System.gc()} calls or does not ({@link Fixtures#collectedBySystemGc}).
 */
// The unchecked fixtures read the switch: no test may turn it on meanwhile.
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ)
class NoContextRetention_Test {
  @AfterEach
  void release_what_the_fixtures_leaked() {
    Beans.release();
  }

  // Each unchecked base fixture establishes its truth without Retention; its subclass is checked.
  @SpringJUnitConfig(Beans.LeakingConfig.class) @DirtiesContext
  static class LeakingBase extends ContextUser {}
  @NoContextRetention static class LeakingFixture extends LeakingBase {}

  @SpringJUnitConfig(Beans.FixedConfig.class) @DirtiesContext
  static class FixedBase extends ContextUser {}
  @NoContextRetention static class FixedFixture extends FixedBase {}

  @SpringJUnitConfig(Beans.SelfRegisteringConfig.class) @DirtiesContext
  static class SelfRegisteringBase extends ContextUser {}
  @NoContextRetention static class SelfRegisteringFixture extends SelfRegisteringBase {}

  @SpringJUnitConfig(Beans.ThreadConfig.class) @DirtiesContext
  static class ThreadBase extends ContextUser {}
  @NoContextRetention static class ThreadFixture extends ThreadBase {}

  @NoContextRetention
  @SpringJUnitConfig(Beans.LeakingConfig.class)
  static class DirtiedByMethodFixture {
    @Test @DirtiesContext(methodMode = MethodMode.AFTER_METHOD) void dirties() {
    }
  }

  /** Never closed: a cached context is closed only when the JVM exits. */
  @NoContextRetention @SpringJUnitConfig(Beans.FixedConfig.class)
  static class NeverClosedFixture extends ContextUser {}

  /** Field injection, one instance per method: JUnit lets each go after its method. */
  @NoContextRetention
  @SpringJUnitConfig(Beans.FixedConfig.class)
  @DirtiesContext
  static class FieldInjectedFixture {
    @Autowired Beans.UnregisteringListener listener;

    @Test void first() {
      assertThat(listener.context).isNotNull();
    }

    @Test void second() {
      assertThat(listener.context).isNotNull();
    }
  }

  /** One instance for the class: JUnit holds it, and its fields, until after the check. */
  @NoContextRetention
  @SpringJUnitConfig(Beans.FixedConfig.class)
  @DirtiesContext
  @TestInstance(Lifecycle.PER_CLASS)
  static class PerClassFixture {
    @Autowired Beans.UnregisteringListener listener;

    @Test void usesTheListener() {
      assertThat(listener.context).isNotNull();
    }
  }

  /** The same, letting its beans go in {@code @AfterAll}, which runs before the check. */
  static class PerClassReleasingFixture extends PerClassFixture {
    @AfterAll void releaseTheBeans() {
      listener = null;
    }
  }

  @Test
  void should_fail_a_class_whose_bean_keeps_its_closed_context_in_a_static_list()
      throws InterruptedException {
    // GIVEN a bean that holds its context and registers itself in a static list, whose closed
    // context, measured without Retention, stays reachable
    // WHEN the checked class runs
    String failure = leakFailure(LeakingBase.class, LeakingFixture.class);
    // THEN it fails after the class, naming the context, why it closed, and the static list
    assertThat(failure)
        .startsWith("Expecting closed application contexts to be collectable after the"
            + " TestContext framework closed them, but 1 of 1 is still strongly reachable")
        .contains("  application context \"org.springframework.context.support"
            + ".GenericApplicationContext@")
        .contains(" of " + LeakingFixture.class.getName()
            + ", closed by @DirtiesContext after the class (")
        .contains("  GC root: static field " + Registry.class.getName() + ".INSTANCES")
        .contains("    Beans$" + Beans.ContextAwareListener.class.getSimpleName() + ".context")
        .contains("  leak fingerprint: ");
  }

  @Test
  void should_pass_the_fixed_twin_that_unregisters_when_its_context_closes()
      throws InterruptedException {
    // GIVEN the fix, whose closed context, measured without Retention, is collected
    // WHEN the checked class runs THEN it passes
    assertReleased(FixedBase.class, FixedFixture.class);
  }

  @Test
  void should_pass_a_bean_that_registers_itself_without_holding_its_context()
      throws InterruptedException {
    // GIVEN a bean in a static list that leads nowhere back to its context: measured without
    // Retention, the closed context is collected
    // WHEN the checked class runs THEN it passes: the bean leaks, its context does not
    assertReleased(SelfRegisteringBase.class, SelfRegisteringFixture.class);
  }

  @Test
  void should_fail_a_class_whose_bean_started_a_thread_that_holds_its_context()
      throws InterruptedException {
    // GIVEN a bean whose thread, never stopped, holds it: measured without Retention, the closed
    // context stays reachable
    // WHEN the checked class runs
    String failure = leakFailure(ThreadBase.class, ThreadFixture.class);
    // THEN the failure names the thread
    assertThat(failure)
        .contains(" of " + ThreadFixture.class.getName() + ", closed by @DirtiesContext after the class")
        .contains("\"context-poller\"")
        .contains("  leak fingerprint: ");
  }

  @Test
  void should_say_which_method_dirtied_the_context() {
    // WHEN a leaking context is closed by @DirtiesContext after one method
    String failure = classFailure(run(DirtiedByMethodFixture.class));
    // THEN the failure says so
    assertThat(failure).contains(" of " + DirtiedByMethodFixture.class.getName()
        + ", closed by @DirtiesContext after test method dirties() (");
  }

  @Test
  void should_check_nothing_when_no_context_was_closed() {
    // A cached context is never closed by the framework before the JVM exits: nothing to prove.
    assertPassed(run(NeverClosedFixture.class));
  }

  @Test
  void should_record_the_check_as_kind_context_with_a_fingerprint_that_a_baseline_accepts()
      throws IOException, InterruptedException {
    // GIVEN the leaking class's failure and its fixed twin's pass, in this JVM's report
    classFailure(run(LeakingFixture.class));
    assertPassed(run(FixedFixture.class));
    CheckRecord leaking = Fixtures.recorded(LeakingFixture.class);
    assertThat(leaking.kind()).isEqualTo(CheckKind.CONTEXT);
    assertThat(leaking.source()).isEqualTo("spring");
    assertThat(leaking.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(leaking.leaks()).singleElement().extracting(LeakRecord::fingerprint, STRING)
        .matches("[0-9a-f]{16}");
    assertThat(Fixtures.recorded(FixedFixture.class).verdict()).isEqualTo(CheckVerdict.RELEASED);
    // WHEN a JVM whose baseline accepts that fingerprint runs the leaking class
    Path baseline = Files.createTempFile("retention-spring-baseline-", ".txt");
    try {
      Files.writeString(baseline, leaking.leaks().get(0).fingerprint() + "  a known leak\n");
      String output = ChildJvm.run(List.of("-Dretention.baseline=" + baseline),
          LeakingFixture.class);
      // THEN the class passes, its leak accepted
      assertThat(output).contains("LeakingFixture: passed" + System.lineSeparator());
    } finally {
      Files.delete(baseline);
    }
  }

  @Test
  void should_pass_field_injection_into_one_instance_per_method() {
    assertPassed(run(FieldInjectedFixture.class));
  }

  @Test
  void should_name_the_field_of_a_per_class_instance_that_still_holds_a_bean() {
    // JUnit holds a PER_CLASS test instance until after the class's last callback, where the
    // check runs: a field that holds a bean keeps the closed context reachable at that moment.
    // WHEN such a class runs THEN it fails, naming the field; clearing it in @AfterAll passes
    assertThat(classFailure(run(PerClassFixture.class)))
        .contains("    NoContextRetention_Test$" + PerClassFixture.class.getSimpleName() + ".listener")
        .contains("    Beans$" + Beans.UnregisteringListener.class.getSimpleName() + ".context");
    assertPassed(run(PerClassReleasingFixture.class));
  }
}
