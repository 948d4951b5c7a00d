package org.retention.junit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.opentest4j.AssertionFailedError;
import org.retention.core.CheckResult;
import org.retention.core.ThreadLeakCheck;

/**
 * What {@link RetentionExtension} does for {@link NoLeakedThreads}: a check per test method,
 * marking the test's thread from {@code beforeEach} to {@code afterEach}, and a check per class,
 * marking the thread of each {@code @BeforeAll} and {@code @AfterAll} method only while it runs
 * (a JUnit worker runs other classes' tests between them).
 */
final class ThreadLeakWatch {
  private static final Namespace NAMESPACE = Namespace.create(ThreadLeakWatch.class);
  private static final String CLASS_CHECK = "class thread check";
  private static final String TEST_CHECK = "test thread check";
  private static final String MARKING = "test thread marking";

  private ThreadLeakWatch() {}

  static void beforeAll(ExtensionContext context) {
    check(context, "the class", context.getRequiredTestClass().getName(), null)
        .ifPresent(check -> context.getStore(NAMESPACE).put(CLASS_CHECK, check));
  }

  /** Runs a {@code @BeforeAll} or {@code @AfterAll} method marked for its class's check. */
  static void aroundAll(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
    ThreadLeakCheck check = context.getStore(NAMESPACE).get(CLASS_CHECK, ThreadLeakCheck.class);
    if (check == null) {
      invocation.proceed();
      return;
    }
    try (ThreadLeakCheck.Marking marking = check.mark()) {
      invocation.proceed();
    }
  }

  static void afterAll(ExtensionContext context) {
    conclude(context, context.getStore(NAMESPACE).remove(CLASS_CHECK, ThreadLeakCheck.class));
  }

  static void beforeEach(ExtensionContext context) {
    ThreadLeakCheck enclosing = context.getStore(NAMESPACE).get(CLASS_CHECK, ThreadLeakCheck.class);
    check(context, "the test", context.getRequiredTestClass().getName() + "#"
        + context.getDisplayName(), enclosing).ifPresent(check -> {
          context.getStore(NAMESPACE).put(TEST_CHECK, check);
          context.getStore(NAMESPACE).put(MARKING, check.mark());
        });
  }

  /** Ends the test's marking and checks its threads; throws the failure. */
  static void afterEach(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    ThreadLeakCheck.Marking marking = store.remove(MARKING, ThreadLeakCheck.Marking.class);
    if (marking != null) {
      marking.close();
    }
    conclude(context, store.remove(TEST_CHECK, ThreadLeakCheck.class));
  }

  private static void conclude(ExtensionContext context, ThreadLeakCheck check) {
    if (check == null || context.getExecutionException().isPresent()) {
      return; // a test or class that failed keeps its own failure
    }
    CheckResult result;
    try {
      result = check.check();
    } catch (IllegalArgumentException invalidGate) {
      throw Settings.refused(invalidGate);
    }
    if (result.failed()) {
      throw new AssertionFailedError(result.failureMessage());
    }
  }

  /** The check of {@code context}, when one applies: annotated, or every test, and not skipped. */
  private static Optional<ThreadLeakCheck> check(
      ExtensionContext context, String what, String name, ThreadLeakCheck enclosing) {
    Optional<NoLeakedThreads> annotation = Annotations.closest(context, NoLeakedThreads.class);
    Settings settings = Settings.of(context);
    if ((annotation.isEmpty() && !everyTest(context)) || !settings.enabled()
        || Annotations.closest(context, SkipRetentionCheck.class).isPresent()) {
      return Optional.empty();
    }
    try {
      ThreadLeakCheck check = (enclosing == null ? ThreadLeakCheck.startedBy(what)
          : ThreadLeakCheck.startedBy(what, enclosing))
          .reportedAs("junit", name).with(settings.check())
          .ignoring(annotation.map(a -> List.of(a.ignoring())).orElse(List.of()));
      String linger = annotation.map(NoLeakedThreads::linger).orElse("");
      return Optional.of(check.lingering(linger.isBlank()
          ? ThreadLeakCheck.lingerFrom(context::getConfigurationParameter)
          : ThreadLeakCheck.parseLinger(linger)));
    } catch (IllegalArgumentException invalid) {
      throw Settings.refused(invalid);
    }
  }

  private static boolean everyTest(ExtensionContext context) {
    return context.getConfigurationParameter(NoLeakedThreads.MODE_PROPERTY_NAME)
        .map(value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
          case "check" -> true;
          case "annotated" -> false;
          default -> throw new ExtensionConfigurationException("Invalid configuration parameter "
              + NoLeakedThreads.MODE_PROPERTY_NAME + "='" + value
              + "': expected check or annotated.");
        })
        .orElse(false);
  }
}
