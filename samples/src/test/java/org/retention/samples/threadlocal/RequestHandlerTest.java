package org.retention.samples.threadlocal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.threadlocal.ThreadLocalScenario.assertHandledRequestsAreReleased;

import org.junit.jupiter.api.Test;

/** The check runs a single-thread worker that stays alive until the check ends, then stops it. */
class RequestHandlerTest {

  @Test
  void fixed_handler_leaves_nothing_in_the_pooled_thread() {
    assertHandledRequestsAreReleased(new FixedRequestHandler());
  }

  @Test
  void buggy_handler_is_caught_naming_the_last_request_session() {
    assertThatThrownBy(() -> assertHandledRequestsAreReleased(new BuggyRequestHandler()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after the given removal,"
            + " but 1 of 3 is still strongly reachable after")
        .hasMessageContaining("value session carol (org.retention.samples.Session, retains ")
        .hasMessageNotContaining("session alice")
        .hasMessageNotContaining("session bob")
        .hasMessageContaining("GC root: ThreadLocal value of thread \"request-worker\"")
        .hasMessageContaining("    ThreadLocal$ThreadLocalMap$Entry.value");
  }
}
