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
import org.retention.core.CheckResult;
import org.retention.core.growth.HeapGrowthCheck;

/**
 * {@link NoHeapGrowth} for {@link RetentionExtension}: one growth check per {@code @RepeatedTest},
 * kept in the store of the test template (the parent of every repetition) and told when each
 * repetition ends; the last repetition gets the result. The check itself, its settings, its
 * recording and its words are core's {@link HeapGrowthCheck}, as for {@code assertThatRepeated}.
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
    String name = context.getRequiredTestClass().getName() + "#" + method.get().getName();
    Run run = template.getStore(NAMESPACE).getOrComputeIfAbsent(Run.class,
        key -> new Run(check(annotation.get(), repeated, settings, name).start()), Run.class);
    CheckResult result = run.repetitionDone(!settings.enabled()
        || Annotations.closest(context, SkipRetentionCheck.class).isPresent()
        || context.getExecutionException().isPresent(), repeated.value());
    if (result != null && result.failed()) {
      throw new AssertionFailedError(result.failureMessage());
    }
  }

  private static HeapGrowthCheck check(
      NoHeapGrowth annotation, RepeatedTest repeated, Settings settings, String name) {
    try {
      HeapGrowthCheck check = HeapGrowthCheck.repeating(repeated.value())
          .reportedAs("junit", name)
          .describedAs("the repetitions of " + name)
          .with(settings.check())
          .ignoring(Arrays.stream(annotation.ignoring()).map(Class::getName).toList());
      return annotation.warmUp() >= 0 ? check.warmingUp(annotation.warmUp()) : check;
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@NoHeapGrowth on @RepeatedTest("
          + repeated.value() + "): " + e.getMessage());
    }
  }

  /**
   * The check of one {@code @RepeatedTest}, shared by its repetitions. Repetitions that run at
   * the same time (JUnit's concurrent mode) end one at a time here, so the count, the
   * abandonment and the one recorded result are never mixed up.
   */
  private static final class Run {
    private final HeapGrowthCheck.Session session;
    private boolean abandoned;
    private boolean judged;

    Run(HeapGrowthCheck.Session session) {
      this.session = session;
    }

    /**
     * Ends one repetition; the result once the last has ended, else null.
     *
     * @param abandon whether this repetition ends the measurement (skipped, disabled, failed)
     */
    synchronized CheckResult repetitionDone(boolean abandon, int repetitions) {
      if (abandon || abandoned) {
        abandoned = true;
        // An abandoned check gives no verdict: what it records stops now.
        session.close();
        return null;
      }
      session.repetitionDone();
      if (judged || !session.complete() || session.done() != repetitions) {
        return null;
      }
      judged = true;
      try {
        return session.result();
      } catch (IllegalArgumentException invalid) {
        throw Settings.refused(invalid);
      }
    }
  }
}
