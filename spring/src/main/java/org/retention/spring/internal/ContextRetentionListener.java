package org.retention.spring.internal;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import org.retention.core.CheckResult;
import org.retention.core.CheckSettings;
import org.retention.core.ContextCounter;
import org.retention.core.RetentionCheck;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.report.CheckKind;
import org.retention.spring.NoContextRetention;
import org.retention.spring.internal.ClassRun.Phase;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * The TestContext listener behind {@link NoContextRetention}: it learns the application contexts
 * a checked test class uses (never loading one), hears each of them close, and after the class
 * proves every context closed meanwhile collectable with core's {@link RetentionCheck}, recorded
 * as kind {@code context}. A failure is an {@link AssertionError} thrown from {@code
 * afterTestClass}: the class's container fails. It counts the contexts it learns and hears close
 * ({@link ContextCounter}), so that the run's report says how many were created, closed, released
 * and still cached at the end.
 *
 * <pre>{@code
 * @TestExecutionListeners(listeners = ContextRetentionListener.class,
 *     mergeMode = MergeMode.MERGE_WITH_DEFAULTS)   // what @NoContextRetention says
 * }</pre>
 *
 * <p>Spring makes one listener per test class (per {@code TestContextManager}), so the class's run
 * is a field. Its order puts it before every listener of Spring and Spring Boot in the "before"
 * callbacks and after them in the "after" ones, so {@code DirtiesContextTestExecutionListener} has
 * closed the context by the time {@code afterTestClass} proves it.
 */
public final class ContextRetentionListener implements TestExecutionListener, Ordered {
  /** Before {@code ServletTestExecutionListener} (1000), the first of Spring's own. */
  public static final int ORDER = 100;

  /** How the report names the front end. */
  static final String SOURCE = "spring";

  private volatile ClassRun run;
  private volatile CheckSettings settings;

  /** Made by Spring, from the annotation or from {@code META-INF/spring.factories}. */
  public ContextRetentionListener() {}

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    Class<?> testClass = testContext.getTestClass();
    boolean annotated = TestContextAnnotationUtils.hasAnnotation(testClass, NoContextRetention.class);
    CheckSettings read = CheckSettings.fromSystemProperties();
    if (!annotated && !everyClass(read)) {
      ClassRun.leaveThread();
      return;
    }
    settings = read;
    run = new ClassRun(testClass.getName(),
        TestContextAnnotationUtils.hasAnnotation(testClass, DirtiesContext.class));
    enter(testContext, Phase.BEFORE_CLASS);
  }

  // The phases in between: each callback only says where the class stands.
  @Override public void prepareTestInstance(TestContext tc) { enter(tc, Phase.PREPARING); }

  @Override public void beforeTestMethod(TestContext tc) { enter(tc, Phase.BEFORE_METHOD); }

  @Override public void beforeTestExecution(TestContext tc) { enter(tc, Phase.IN_METHOD); }

  @Override public void afterTestExecution(TestContext tc) { enter(tc, Phase.AFTER_METHOD); }

  @Override public void afterTestMethod(TestContext tc) { enter(tc, Phase.AFTER_METHODS); }

  @Override
  public void afterTestClass(TestContext testContext) {
    ClassRun finished = run;
    if (finished == null) {
      ClassRun.leaveThread();
      return;
    }
    run = null;
    Optional<RetentionProbe> closed = finished.finish();
    if (closed.isEmpty()) {
      return;
    }
    CheckResult result = RetentionCheck
        .expecting("closed application contexts", "the TestContext framework closed them")
        .ofKind(CheckKind.CONTEXT)
        .reportedAs(SOURCE, finished.testClass())
        .with(settings)
        .releases(closed.get());
    if (result.failed()) {
      throw new AssertionError(result.failureMessage());
    }
  }

  /** Learns the class's contexts and where it stands; on an unchecked class, only unbinds. */
  private void enter(TestContext testContext, Phase phase) {
    ClassRun current = run;
    if (current == null) {
      ClassRun.leaveThread();
      return;
    }
    // hasApplicationContext(): learn a context only once loaded, never load one.
    if (testContext.hasApplicationContext()) {
      watch(testContext.getApplicationContext(), current, ContextCounter.of(settings));
    }
    Method method = phase == Phase.BEFORE_CLASS || phase == Phase.PREPARING
        || phase == Phase.AFTER_METHODS ? null : testContext.getTestMethod();
    current.enter(phase, method == null ? "" : method.getName() + "()",
        method != null && AnnotatedElementUtils.hasAnnotation(method, DirtiesContext.class));
  }

  /** Watches the context and its parents: a hierarchy's {@code @DirtiesContext} closes them too. */
  private static void watch(ApplicationContext context, ClassRun user, ContextCounter counter) {
    for (ApplicationContext each = context; each != null; each = each.getParent()) {
      user.use(each);
      ContextCloseWatch.watch(each, user, counter);
    }
  }

  /** Whether {@value NoContextRetention#MODE_PROPERTY_NAME} asks to check every class. */
  private static boolean everyClass(CheckSettings settings) {
    String mode = settings.parameters().apply(NoContextRetention.MODE_PROPERTY_NAME)
        .map(value -> value.trim().toLowerCase(Locale.ROOT)).orElse("annotated");
    if (!mode.equals("check") && !mode.equals("annotated")) {
      throw new IllegalArgumentException("Invalid configuration parameter "
          + NoContextRetention.MODE_PROPERTY_NAME + "='"
          + settings.parameters().apply(NoContextRetention.MODE_PROPERTY_NAME).orElseThrow()
          + "': expected check or annotated.");
    }
    return mode.equals("check");
  }
}
