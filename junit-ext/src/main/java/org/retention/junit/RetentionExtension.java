package org.retention.junit;

import org.retention.core.explain.HoldsCheckedObjects;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;
import org.retention.core.CheckResult;
import org.retention.core.CheckSettings;
import org.retention.core.InstanceCheck;
import org.retention.core.RetentionCheck;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.report.CheckVerdict;

/**
 * The Jupiter extension behind {@link NoRetentionAfter} and {@link RetentionTracker}. Register it
 * with {@code @ExtendWith(RetentionExtension.class)}, or let {@code @NoRetentionAfter} imply it.
 *
 * <pre>{@code
 * @ExtendWith(RetentionExtension.class)
 * class SessionCacheTest {
 *   @Test
 *   void logoutReleasesSession(RetentionTracker tracker) {
 *     tracker.track(cache.open("alice"), "alice's session");
 *     cache.logout("alice");
 *   }   // fails if alice's session is still reachable after the @AfterEach methods
 * }
 * }</pre>
 *
 * <p><b>When it checks.</b> In {@link AfterEachCallback#afterEach}, which JUnit calls after the
 * test method and after every {@code @AfterEach} method of the class and its superclasses, so the
 * user's cleanup counts; and it still sees whether the test or an {@code @AfterEach} method failed
 * ({@link ExtensionContext#getExecutionException()}). A test that failed is not checked: its own
 * failure stays the only one (and the objects that its exception may reference would only muddy
 * a verdict). A {@code Store} resource closed later could not know that, and an exception handler
 * would run before the {@code @AfterEach} methods. The counts of {@link
 * NoRetentionAfter#instancesOf()} are taken before the {@code @BeforeEach} methods and after the
 * {@code @AfterEach} ones, so that setup and cleanup are inside the window.
 *
 * <p><b>Verdicts.</b> Failures are {@link AssertionFailedError}s. A VM that cannot be made to
 * collect (Epsilon, or a timeout under {@code -XX:+DisableExplicitGC}) fails the test with the
 * reason: no verdict is never a pass. Every checked test publishes a report entry with {@value
 * #CHECKED_REPORT_KEY}, {@value #VERDICT_REPORT_KEY} and {@value #TIME_REPORT_KEY}.
 *
 * <p><b>Parallel tests.</b> Each test keeps its state in its own {@code Store} under this
 * extension's namespace, and every check waits on core's one {@code GcCoordinator}, which lets a
 * single full collection serve all tests waiting at once. A tracked object's verdict depends only
 * on its own weak reference, so a leaking test never fails a clean one and never hides its own
 * leak. Instance counts are VM-wide: see {@link NoRetentionAfter#instancesOf()}.
 *
 * <p><b>Configuration parameters</b> ({@code junit-platform.properties} or system properties;
 * a bad value fails the test with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} naming key and value):
 *
 * <ul>
 *   <li>{@value #ENABLED_PROPERTY_NAME}: {@code false} turns every check off (default {@code
 *       true}).
 *   <li>{@value #TIMEOUT_PROPERTY_NAME}: how long one check may try to make the VM collect
 *       before it fails as inconclusive: {@code 500ms}, {@code 10s}, {@code 2m}, or ISO-8601
 *       {@code PT10S} (default 10 seconds). A passing check needs one full GC, far less.
 *   <li>{@value org.retention.core.explain.ExplainSettings#EXPLAIN}, {@value
 *       org.retention.core.explain.ExplainSettings#KEEP_HEAP_DUMPS} and {@value
 *       org.retention.core.probe.DescribeMode#KEY}: how failures are explained, as for the
 *       AssertJ assertions (see {@link org.retention.core.explain.ExplainSettings}).
 * </ul>
 */
@HoldsCheckedObjects
public final class RetentionExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
    InvocationInterceptor, ParameterResolver {

  /** Configuration parameter that turns every retention check off when {@code false}. */
  public static final String ENABLED_PROPERTY_NAME = "retention.enabled";

  /** Configuration parameter: the longest time one check may try to make the VM collect. */
  public static final String TIMEOUT_PROPERTY_NAME = CheckSettings.TIMEOUT;

  /** Report entry key: how many tracked objects were checked. */
  public static final String CHECKED_REPORT_KEY = "retention.checked";

  /**
   * Report entry key: the verdict in the JSON report's words, {@code released}, {@code retained},
   * {@code accepted} or {@code inconclusive}; or {@code disabled}, {@code skipped: <reason>} or
   * {@code not checked: the test failed} when no check ran.
   */
  public static final String VERDICT_REPORT_KEY = "retention.verdict";

  /** Report entry key: why the baseline accepts the leak of an {@code accepted} verdict. */
  public static final String BASELINE_REASON_REPORT_KEY = "retention.baselineReason";

  /** Report entry key: how long the check took, like {@code 12 ms}. */
  public static final String TIME_REPORT_KEY = "retention.time";

  private static final Namespace NAMESPACE = Namespace.create(RetentionExtension.class);
  private static final String TRACKER = "tracker";
  private static final String INSTANCE_CHECK = "instance check";
  /** What every check of this extension expects objects to be released by. */
  private static final String THE_TEST = "the test";

  /** Created by JUnit. */
  public RetentionExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    ThreadLeakWatch.beforeAll(context);
  }

  @Override
  public void interceptBeforeAllMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> method, ExtensionContext context) throws Throwable {
    ThreadLeakWatch.aroundAll(invocation, context);
  }

  @Override
  public void interceptAfterAllMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> method, ExtensionContext context) throws Throwable {
    ThreadLeakWatch.aroundAll(invocation, context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ThreadLeakWatch.afterAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ThreadLeakWatch.beforeEach(context);
    Settings settings = Settings.of(context);
    List<Class<?>> classes = closest(context, NoRetentionAfter.class)
        .map(annotation -> List.of(annotation.instancesOf()))
        .orElse(List.of());
    if (!settings.enabled() || classes.isEmpty()
        || closest(context, SkipRetentionCheck.class).isPresent()) {
      return;
    }
    InstanceCheck counted = InstanceCheck.countingBefore(classes, settings.check())
        .reportedAs("junit", testName(context));
    counted.beforeFailure(THE_TEST).ifPresent(failure -> {
      throw new AssertionFailedError(failure);
    });
    context.getStore(NAMESPACE).put(INSTANCE_CHECK, counted);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ThreadLeakWatch.afterEach(context);
    HeapGrowthMeasurement.afterRepetition(context);
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    RetentionTracker tracker = store.remove(TRACKER, RetentionTracker.class);
    InstanceCheck instances = store.remove(INSTANCE_CHECK, InstanceCheck.class);
    Optional<NoRetentionAfter> annotation = closest(context, NoRetentionAfter.class);
    if (tracker == null && annotation.isEmpty()) {
      return;
    }
    if (context.getExecutionException().isPresent()) {
      report(context, 0, "not checked: the test failed", Duration.ZERO);
      return;
    }
    Settings settings = Settings.of(context);
    Optional<SkipRetentionCheck> skip = closest(context, SkipRetentionCheck.class);
    if (!settings.enabled() || skip.isPresent()) {
      report(context, 0, skip.map(s -> "skipped: " + s.value()).orElse("disabled"), Duration.ZERO);
      return;
    }
    long start = System.nanoTime();
    List<CheckResult> results = new ArrayList<>();
    RetentionProbe probe = tracker == null ? null : tracker.probe();
    try {
      if (probe != null && probe.size() > 0) {
        results.add(RetentionCheck.expecting("tracked objects", THE_TEST)
            .reportedAs("junit", testName(context)).with(settings.check()).releases(probe));
      }
      if (instances != null) {
        results.add(instances.noMoreAfter(
            THE_TEST, annotation.map(NoRetentionAfter::allowedSurvivors).orElse(0)));
      }
    } catch (IllegalArgumentException invalidGate) {
      throw Settings.refused(invalidGate);
    }
    report(context, probe == null ? 0 : probe.size(), results,
        Duration.ofNanos(System.nanoTime() - start));
    String failures = results.stream().filter(CheckResult::failed)
        .map(result -> result.failureMessage().stripTrailing())
        .collect(Collectors.joining(System.lineSeparator() + System.lineSeparator()));
    if (!failures.isEmpty()) {
      throw new AssertionFailedError(failures);
    }
  }

  /** How the report names a test: its class and display name. */
  private static String testName(ExtensionContext context) {
    return context.getRequiredTestClass().getName() + "#" + context.getDisplayName();
  }

  /** Publishes the worst verdict of {@code results}, and the baseline's reason for an accepted one. */
  private static void report(
      ExtensionContext context, int checked, List<CheckResult> results, Duration time) {
    CheckVerdict worst = results.stream().flatMap(result -> result.verdict().stream())
        .max(Comparator.comparing(RetentionExtension::severity)).orElse(CheckVerdict.RELEASED);
    report(context, checked, worst.word(), time);
    results.stream().flatMap(result -> result.acceptedReason().stream()).findFirst()
        .ifPresent(reason -> context.publishReportEntry(BASELINE_REASON_REPORT_KEY, reason));
  }

  /** A proven leak outranks a missing verdict, which outranks an accepted leak. */
  private static int severity(CheckVerdict verdict) {
    return switch (verdict) {
      case RELEASED -> 0;
      case ACCEPTED -> 1;
      case INCONCLUSIVE -> 2;
      case RETAINED -> 3;
    };
  }

  private static void report(ExtensionContext context, int checked, String verdict, Duration time) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put(CHECKED_REPORT_KEY, Integer.toString(checked));
    entry.put(VERDICT_REPORT_KEY, verdict);
    entry.put(TIME_REPORT_KEY, time.toMillis() + " ms");
    context.publishReportEntry(entry);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RetentionTracker.class;
  }

  @Override
  public RetentionTracker resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException("A RetentionTracker belongs to one test: declare it as"
          + " a parameter of a @Test, @BeforeEach or @AfterEach method, not of "
          + parameter.getDeclaringExecutable());
    }
    return context.getStore(NAMESPACE)
        .getOrComputeIfAbsent(TRACKER,
            key -> new RetentionTracker(Settings.of(context).check().explain().describe()),
            RetentionTracker.class);
  }

  private static <A extends Annotation> Optional<A> closest(
      ExtensionContext context, Class<A> type) {
    return Annotations.closest(context, type);
  }
}
