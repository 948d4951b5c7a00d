package org.retention.samples.threadlocal;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.retention.samples.LeakScenario;
import org.retention.samples.Session;

/** The ThreadLocal sample: its regression check, and its run in the demo. */
public final class ThreadLocalScenario {
  /** The shipped handler, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "ThreadLocal request scope left in a pooled thread",
      "remove() in finally",
      () -> assertHandledRequestsAreReleased(new BuggyRequestHandler()),
      () -> assertHandledRequestsAreReleased(new FixedRequestHandler()));

  private ThreadLocalScenario() {}

  /**
   * The regression test: once the worker has handled the requests of alice, bob and carol, no
   * session is reachable, although the worker thread is still alive and waits for more. The
   * worker thread is stopped before returning.
   *
   * @throws AssertionError naming the session still reachable
   */
  public static void assertHandledRequestsAreReleased(RequestHandler handler) {
    try (RequestWorker worker = new RequestWorker(handler)) {
      Map<String, Session> inbox = new LinkedHashMap<>();
      inbox.put("alice", new Session("alice"));
      inbox.put("bob", new Session("bob"));
      inbox.put("carol", new Session("carol"));

      assertThat(inbox).releasesValuesAfter(worker::drain);
    }
  }
}
