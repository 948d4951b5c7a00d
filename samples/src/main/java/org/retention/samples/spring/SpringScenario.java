package org.retention.samples.spring;

import org.retention.core.CheckResult;
import org.retention.core.RetentionCheck;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.report.CheckKind;
import org.retention.samples.LeakScenario;
import org.retention.samples.eventbus.EventBus;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The Spring sample: its regression check, and its run in the demo. */
public final class SpringScenario {
  /** The shipped relay, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Spring bean keeps its closed context on a static event bus",
      "the bean unsubscribes when its context closes",
      () -> assertCloseReleasesContext(BuggyEventRelay.class),
      () -> assertCloseReleasesContext(FixedEventRelay.class));

  private SpringScenario() {}

  /**
   * The regression check: an application context of {@code relay}, once used and closed, is
   * collectable. In a test suite, {@code @NoContextRetention} (retention-spring) checks the same
   * for every context the TestContext framework closes.
   *
   * @throws AssertionError naming the closed context and the path that keeps it
   */
  public static void assertCloseReleasesContext(Class<? extends EventRelay> relay) {
    CheckResult result = RetentionCheck.expecting("closed application contexts", "close()")
        .ofKind(CheckKind.CONTEXT)
        .reportedAs("samples", SpringScenario.class.getName())
        .releases(closedContext(relay));
    if (result.failed()) {
      throw new AssertionError(result.failureMessage());
    }
  }

  /** Runs and closes a context; a method of its own so that no local keeps it. */
  private static RetentionProbe closedContext(Class<? extends EventRelay> relay) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(relay);
    EventBus.GLOBAL.publish("maintenance at 22:00");
    context.close();
    return RetentionProbe.builder()
        .watch("application context", context, "\"" + context.getDisplayName() + "\"")
        .build();
  }
}
