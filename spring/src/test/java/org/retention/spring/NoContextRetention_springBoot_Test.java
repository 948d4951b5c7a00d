package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.spring.Fixtures.assertPassed;
import static org.retention.spring.Fixtures.classFailure;
import static org.retention.spring.Fixtures.assertReleased;
import static org.retention.spring.Fixtures.leakFailure;
import static org.retention.spring.Fixtures.run;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@code @NoContextRetention} on {@code @SpringBootTest} classes: Spring Boot loads the context
 * through {@code SpringApplication}, with its own listeners and shutdown hook; the contexts are
 * annotation-config ones, loaded from the same configurations as the plain Spring fixtures'. Each truth is first
 * established without Retention (the unchecked base class, then a weak reference to its context
 * and {@code System.gc()} calls).
 */
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ)
class NoContextRetention_springBoot_Test {
  @AfterEach
  void release_what_the_fixtures_leaked() {
    Beans.release();
  }

  /** A {@code @SpringBootTest} with no banner nor startup lines: the build shows failures only. */
  @Retention(RetentionPolicy.RUNTIME)
  @SpringBootTest(properties = {"spring.main.banner-mode=off", "spring.main.log-startup-info=false"})
  @DirtiesContext
  @interface QuietBootTest {}

  @QuietBootTest @ContextConfiguration(classes = Beans.LeakingConfig.class)
  static class LeakingBootBase extends ContextUser {}
  @NoContextRetention static class LeakingBootFixture extends LeakingBootBase {}

  @QuietBootTest @ContextConfiguration(classes = Beans.FixedConfig.class)
  static class FixedBootBase extends ContextUser {}
  @NoContextRetention static class FixedBootFixture extends FixedBootBase {}

  @Test
  void should_fail_a_spring_boot_test_whose_bean_keeps_its_closed_context_in_a_static_list()
      throws InterruptedException {
    // GIVEN a leaking Boot context, not collected when measured without Retention
    // WHEN the checked class runs THEN it fails, naming the static list
    assertThat(leakFailure(LeakingBootBase.class, LeakingBootFixture.class))
        .contains(" of " + LeakingBootFixture.class.getName()
            + ", closed by @DirtiesContext after the class (org.springframework.context"
            + ".annotation.AnnotationConfigApplicationContext, retains ")
        .contains("  GC root: static field " + Registry.class.getName() + ".INSTANCES")
        .contains("  leak fingerprint: ");
  }

  @Test
  void should_pass_the_fixed_spring_boot_twin() throws InterruptedException {
    // GIVEN the fixed Boot context: measured without Retention, Boot lets it go once closed
    // WHEN the checked class runs THEN it passes
    assertReleased(FixedBootBase.class, FixedBootFixture.class);
  }
}
