package org.retention.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.retention.spring.internal.ContextRetentionListener;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * Fails a Spring test class when an application context that the TestContext framework closed
 * while it ran is still reachable: a closed context must become garbage-collectable.
 *
 * <pre>{@code
 * @SpringJUnitConfig(AppConfig.class)
 * @DirtiesContext
 * @NoContextRetention
 * class OrderServiceTest {
 *   @Test void placesOrder(@Autowired OrderService orders) { ... }
 * }
 * // after the class: "Expecting closed application contexts to be collectable after the
 * //   TestContext framework closed them, but 1 of 1 is still strongly reachable ...
 * //   GC root: static field com.acme.EventBus.LISTENERS ..."
 * }</pre>
 *
 * <p><b>Which closes.</b> {@code @DirtiesContext} (before or after the class or a test method), and
 * the context cache evicting its least recently used context ({@code
 * spring.test.context.cache.maxSize}). After the class, every context closed since the class began
 * is proven collectable with Retention's object check: weak references and proven full
 * collections, explained on failure with the path from a GC root and a {@code leak fingerprint:}.
 * The check is recorded in the run's report as kind {@code context}, named after the test class,
 * and the baseline can accept it by its fingerprint.
 *
 * <p><b>Whose failure.</b> A close is checked on the test class that runs when it happens: an
 * eviction that the next class's context load causes fails that next class, and its message names
 * the class that last used the evicted context. A context cached until the JVM exits is never
 * closed by the framework, so it is never checked: only the suite's end closes it.
 *
 * <p><b>Suite summary.</b> The JVM's report counts the contexts of checked classes: created,
 * closed, released (proven collectable) and still cached at the end; {@code retention:check} adds
 * up every fork's, and retention-junit's end-of-run line says the JVM's.
 *
 * <p><b>{@code @TestInstance(PER_CLASS)}.</b> JUnit keeps the one test instance until after the
 * class's last callback, where the check runs: a field injected with a bean then keeps the closed
 * context reachable, and the failure's path names that field. Clear such fields in {@code
 * @AfterAll}, which runs before the check, or inject into test method parameters.
 *
 * <p><b>Zero configuration.</b> The listener is also one of Spring's default test execution
 * listeners (through {@code META-INF/spring.factories}); with {@value #MODE_PROPERTY_NAME}{@code
 * =check}, a system property or a line of {@code junit-platform.properties}, it checks every Spring
 * test class that uses the default listeners, annotated or not. A class that declares its own
 * {@code @TestExecutionListeners} without merging the defaults is checked only when annotated.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestExecutionListeners(listeners = ContextRetentionListener.class,
    mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface NoContextRetention {
  /**
   * Configuration parameter: {@code check} checks every Spring test class, annotated or not;
   * {@code annotated} (the default) only the classes with {@code @NoContextRetention}.
   */
  String MODE_PROPERTY_NAME = "retention.spring.contexts";
}
