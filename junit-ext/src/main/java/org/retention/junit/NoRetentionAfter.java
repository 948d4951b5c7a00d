package org.retention.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * After the test, nothing it tracked may still be reachable, and no listed class may have more
 * live instances than before it.
 *
 * <pre>{@code
 * @Test @NoRetentionAfter
 * void logoutReleasesSession(RetentionTracker tracker) {
 *   tracker.track(cache.open("alice"), "alice's session");
 *   cache.logout("alice");
 * }
 *
 * @Test @NoRetentionAfter(instancesOf = Session.class)
 * void bulkLogout() { ... }
 * }</pre>
 *
 * <p>On a class (or a superclass, or an enclosing class of a {@code @Nested} one) it applies to
 * every test; the annotation closest to the test method wins. It may also sit on a composed
 * annotation. The check runs after the test method and all its {@code @AfterEach} methods, so
 * cleanup done there counts. A test that already failed keeps its own failure and is not checked.
 * {@link SkipRetentionCheck} opts a single test out; the configuration keys are on {@link
 * RetentionExtension}.
 */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RetentionExtension.class)
// value: JUnit 5.10 and 5.11 require one and ignore the providers; a shared READ lock on a name of
// our own never blocks anything.
@ResourceLock(value = "org.retention.junit.NoRetentionAfter", mode = ResourceAccessMode.READ,
    providers = InstanceCountIsolation.class)
public @interface NoRetentionAfter {

  /**
   * Classes whose live (strongly reachable) instances, subclasses included, must be no more after
   * the test than before it. Both counts come from the VM's live class histogram after a proven
   * full GC, before the {@code @BeforeEach} methods and after the {@code @AfterEach} methods.
   *
   * <p>The counts are VM-wide, so a test with {@code instancesOf} runs isolated, as {@code
   * @Isolated} does: no other test runs beside it (on JUnit 5.12 and later, which asks the
   * annotation's resource lock provider; on an older JUnit, add {@code @Isolated} yourself). Tests
   * that only track objects still run in parallel.
   */
  Class<?>[] instancesOf() default {};

  /**
   * A budget for {@link #instancesOf()}: how many more live instances of each class may survive
   * the test than existed before it (default 0). For code that keeps a bounded number on purpose,
   * such as a pool that retains up to {@code n} idle objects:
   *
   * <pre>{@code
   * @Test @NoRetentionAfter(instancesOf = Connection.class, allowedSurvivors = 4)
   * void poolKeepsAtMostFourIdleConnections() { ... }
   * }</pre>
   */
  int allowedSurvivors() default 0;
}
