package org.retention.junit;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.growth.HeapGrowthCheck;
import org.retention.core.internal.growth.GrowthRecords;
import org.retention.core.report.CheckRecord;

/**
 * {@link NoHeapGrowth} for {@link RetentionExtension}: one growth check per {@code @RepeatedTest},
 * kept in the store of the test template (the parent of every repetition) and told when each
 * repetition ends; the last repetition gets the verdict.
 */
final class HeapGrowthMeasurement {
  private static final Namespace NAMESPACE = Namespace.create(HeapGrowthMeasurement.class);

  private HeapGrowthMeasurement() {}

  /** Ends one repetition of a {@code @NoHeapGrowth} test; does nothing for other tests. */
  static void afterRepetition(ExtensionContext context) {
    Optional<Method> method = context.getTestMethod();
    Optional<NoHeapGrowth> annotation =
        method.flatMap(m -> AnnotationSupport.findAnnotation(m, NoHeapGrowth.class));
    if (annotation.isEmpty()) {
      return;
    }
    RepeatedTest repeated = AnnotationSupport.findAnnotation(method.get(), RepeatedTest.class)
        .orElseThrow(() -> new ExtensionConfigurationException("@NoHeapGrowth measures growth"
            + " across repetitions: put it on a @RepeatedTest method, not on " + method.get()));
    Settings settings = Settings.of(context);
    ExtensionContext template = context.getParent().orElse(context);
    Run run = template.getStore(NAMESPACE).getOrComputeIfAbsent(Run.class,
        key -> new Run(check(annotation.get(), repeated, settings).start()), Run.class);
    if (!settings.enabled() || run.abandoned || context.getExecutionException().isPresent()) {
      run.abandoned = true;
      return;
    }
    run.session.repetitionDone();
    if (run.session.complete() && run.session.done() == repeated.value()) {
      judge(context, settings, run.session.verdict());
    }
  }

  private static HeapGrowthCheck check(
      NoHeapGrowth annotation, RepeatedTest repeated, Settings settings) {
    try {
      HeapGrowthCheck check = HeapGrowthCheck.repeating(repeated.value())
          .withTimeout(settings.check().timeout())
          .ignoring(Arrays.stream(annotation.ignoring()).map(Class::getName).toList());
      return annotation.warmUp() >= 0 ? check.warmingUp(annotation.warmUp()) : check;
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@NoHeapGrowth on @RepeatedTest("
          + repeated.value() + "): " + e.getMessage());
    }
  }

  private static void judge(ExtensionContext context, Settings settings, GrowthVerdict verdict) {
    String name = context.getRequiredTestClass().getName() + "#"
        + context.getRequiredTestMethod().getName();
    CheckRecord recorded =
        GrowthRecords.record("junit", name, verdict, settings.check().parameters());
    if (recorded.verdict().failing()) {
      throw new AssertionFailedError("Expecting the repetitions of " + name
          + " not to leak, but " + verdict.message());
    }
  }

  /** The check of one {@code @RepeatedTest}, shared by its repetitions. */
  private static final class Run {
    final HeapGrowthCheck.Session session;
    boolean abandoned;

    Run(HeapGrowthCheck.Session session) {
      this.session = session;
    }
  }
}
