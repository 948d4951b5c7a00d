package org.retention.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.retention.core.ThreadLeakCheck;

/**
 * Fails a test that leaves a thread running: every thread that the test started (directly or
 * through threads it started) must have ended once {@link #linger()} has passed.
 *
 * <pre>{@code
 * @Test
 * @NoLeakedThreads(linger = "500ms", ignoring = "netty-.*")
 * void connects() {
 *   client.connect();    // fails if client's "worker-7" still runs after the test
 * }
 * }</pre>
 *
 * <p><b>On a method</b> the window is the test method with its {@code @BeforeEach} and {@code
 * @AfterEach} methods; the failure names each thread in quotes, its state, whether it is a
 * daemon, the executor, pool or timer it belongs to, its top frames, and where it was started.
 * <b>On a class</b> every test method is checked, and the threads started by its {@code
 * @BeforeAll} and {@code @AfterAll} methods (or by its tests, when not already blamed on a test)
 * are checked after {@code @AfterAll}, as a failure of the class. {@link SkipRetentionCheck} wins;
 * a test that already failed keeps its own failure.
 *
 * <p><b>Parallel runs.</b> A thread is blamed only on the test whose thread constructed it (see
 * {@link ThreadLeakCheck}); tests still run concurrently.
 *
 * <p><b>Configuration parameters:</b> {@value #LINGER_PROPERTY_NAME} (default {@code 1s}), and
 * {@value #MODE_PROPERTY_NAME}{@code =check}, which checks every test of the run that the
 * extension sees, with no annotation (register the extension for all tests with JUnit's
 * extension auto-detection, {@code junit.jupiter.extensions.autodetection.enabled=true}).
 */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RetentionExtension.class)
public @interface NoLeakedThreads {
  /** Configuration parameter: how long threads may take to end when {@link #linger()} is empty. */
  String LINGER_PROPERTY_NAME = ThreadLeakCheck.LINGER;

  /** Configuration parameter: {@code check} checks every test, annotated or not. */
  String MODE_PROPERTY_NAME = "retention.threads";

  /** Configuration parameter: {@code off} does not record where threads start (JFR). */
  String STARTED_AT_PROPERTY_NAME = ThreadLeakCheck.STARTED_AT;

  /**
   * How long a thread may take to end after the test: {@code 500ms}, {@code 2s} or ISO-8601;
   * empty for {@value #LINGER_PROPERTY_NAME}, by default 1 second.
   */
  String linger() default "";

  /** Regular expressions: a thread whose whole name matches one is never blamed. */
  String[] ignoring() default {};
}
