package org.retention.junit;

import org.retention.core.probe.DescribeMode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.retention.core.internal.count.InstanceCounts;
import org.retention.core.internal.count.LiveInstances;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.internal.gc.GcUnavailableException;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/**
 * The Jupiter extension behind {@link NoRetentionAfter} and {@link RetentionTracker}. Register it
 * with {@code @ExtendWith(RetentionExtension.class)}, or let {@code @NoRetentionAfter} imply it.
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
 *       org.retention.core.internal.text.DescribeMode#KEY}: how failures are explained, as for the
 *       AssertJ assertions (see {@link org.retention.core.explain.ExplainSettings}).
 * </ul>
 */
public final class RetentionExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** Configuration parameter that turns every retention check off when {@code false}. */
  public static final String ENABLED_PROPERTY_NAME = "retention.enabled";

  /** Configuration parameter: the longest time one check may try to make the VM collect. */
  public static final String TIMEOUT_PROPERTY_NAME = "retention.timeout";

  /** Report entry key: how many tracked objects were checked. */
  public static final String CHECKED_REPORT_KEY = "retention.checked";

  /**
   * Report entry key: {@code passed}, {@code retained}, {@code inconclusive}, {@code disabled},
   * {@code skipped: <reason>} or {@code not checked: the test failed}.
   */
  public static final String VERDICT_REPORT_KEY = "retention.verdict";

  /** Report entry key: how long the check took, like {@code 12 ms}. */
  public static final String TIME_REPORT_KEY = "retention.time";

  private static final Namespace NAMESPACE = Namespace.create(RetentionExtension.class);
  private static final String TRACKER = "tracker";
  private static final String COUNTS_BEFORE = "instance counts before";

  /** Created by JUnit. */
  public RetentionExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) throws GcUnavailableException {
    Settings settings = Settings.of(context);
    List<Class<?>> classes = closest(context, NoRetentionAfter.class)
        .map(annotation -> List.of(annotation.instancesOf()))
        .orElse(List.of());
    if (!settings.enabled() || classes.isEmpty()
        || closest(context, SkipRetentionCheck.class).isPresent()) {
      return;
    }
    try {
      context.getStore(NAMESPACE).put(COUNTS_BEFORE, LiveInstances.count(classes, settings.timeout()));
    } catch (GcUnavailableException e) {
      throw new AssertionFailedError(RetentionFailures.instancesNotCounted(e.getMessage()));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    HeapGrowthMeasurement.afterRepetition(context);
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    RetentionTracker tracker = store.remove(TRACKER, RetentionTracker.class);
    InstanceCounts before = store.remove(COUNTS_BEFORE, InstanceCounts.class);
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
    int allowedSurvivors = annotation.map(NoRetentionAfter::allowedSurvivors).orElse(0);
    check(context, tracker == null ? null : tracker.probe(), before, allowedSurvivors, settings);
  }

  private static void check(
      ExtensionContext context, RetentionProbe probe, InstanceCounts before, int allowedSurvivors,
      Settings settings) {
    long start = System.nanoTime();
    List<String> failures = new ArrayList<>();
    String verdict = "passed";
    if (probe != null && probe.size() > 0) {
      RetentionVerdict tracked = probe.awaitRelease(settings.timeout());
      // A pass must not load the analysis: only a failure is explained.
      Explanation explanation = tracked.released() ? Explanation.none(tracked)
          : RetentionExplainer.explain(probe, tracked, settings.explain());
      LeakGate gate = settings.gate();
      if (gate.record("junit", testName(context), explanation)) {
        verdict = "accepted: " + gate.acceptedReason(explanation).orElse("in the baseline");
      } else if (!tracked.released()) {
        failures.add(RetentionFailures.trackedObjects(explanation));
        verdict = tracked.outcome().name().toLowerCase(Locale.ROOT);
      }
    }
    if (before != null) {
      try {
        InstanceCounts after = LiveInstances.count(List.copyOf(before.instances().keySet()), settings.timeout());
        List<Class<?>> grown = RetentionFailures.grown(before, after, allowedSurvivors);
        if (!grown.isEmpty()) {
          failures.add(RetentionFailures.moreInstances(before, after, grown, allowedSurvivors));
          verdict = verdict.equals("passed") ? "retained" : verdict;
        }
      } catch (GcUnavailableException e) {
        failures.add(RetentionFailures.instancesNotCounted(e.getMessage()));
        verdict = "inconclusive";
      }
    }
    report(context, probe == null ? 0 : probe.size(), verdict,
        Duration.ofNanos(System.nanoTime() - start));
    if (!failures.isEmpty()) {
      throw new AssertionFailedError(String.join(System.lineSeparator() + System.lineSeparator(), failures));
    }
  }

  /** How the report names a test: its class and display name. */
  private static String testName(ExtensionContext context) {
    return context.getRequiredTestClass().getName() + "#" + context.getDisplayName();
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
        .getOrComputeIfAbsent(TRACKER, key -> new RetentionTracker(Settings.of(context).explain().describe()), RetentionTracker.class);
  }

  /**
   * The annotation on the test method, else on its class, a superclass or an enclosing class of a
   * {@code @Nested} class, the closest first; composed annotations count.
   */
  private static <A extends Annotation> Optional<A> closest(ExtensionContext context, Class<A> type) {
    Optional<A> found = context.getTestMethod()
        .flatMap(method -> AnnotationSupport.findAnnotation(method, type));
    for (Class<?> c = context.getTestClass().orElse(null); found.isEmpty() && c != null;
        c = c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null) {
      found = AnnotationSupport.findAnnotation(c, type);
    }
    return found;
  }
}
