package org.retention.samples.tracehook;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.Map;
import org.retention.samples.LeakScenario;
import org.retention.samples.Session;

/** The trace-hook sample: its regression check, and its run in the demo. */
public final class TraceHookScenario {
  /** The shipped hook, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Thread-safe map whose clear() feeds a trace hook",
      "the hook keeps a summary, not the entries",
      () -> assertClearReleasesSessions(new BuggyTraceHook()),
      () -> assertClearReleasesSessions(new FixedTraceHook()));

  private TraceHookScenario() {}

  /**
   * The regression test: a traced session map releases its sessions on {@code clear()}, whatever
   * the hook does with the notification.
   *
   * @throws AssertionError naming the sessions still reachable
   */
  public static void assertClearReleasesSessions(TraceHook hook) {
    Map<String, Session> sessions = new TracedMap<>("sessions", hook);
    sessions.put("alice", new Session("alice"));
    sessions.put("bob", new Session("bob"));

    assertThat(sessions).releasesValuesAfterClear();
  }
}
