package org.retention.samples.memo;

import static org.retention.assertj.RetentionAssertions.assertThatRepeated;

import java.util.concurrent.atomic.AtomicLong;
import org.retention.samples.LeakScenario;

/**
 * The memoising handler sample, in the demo: a growth check, because nobody knew which object to
 * watch. Its regression test is {@code PriceHandlerTest}.
 */
public final class MemoScenario {
  /** The shipped handler, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Price handler memoising every request, request id and all",
      "memo keyed by product and currency only",
      () -> assertHandlingDoesNotLeak(new BuggyPriceHandler()),
      () -> assertHandlingDoesNotLeak(new FixedPriceHandler()));

  private static final AtomicLong REQUESTS = new AtomicLong();

  private MemoScenario() {}

  /**
   * Handles 40 requests for the same three products, each with a new request id, and checks that
   * nothing piles up.
   *
   * @throws AssertionError naming what piles up where
   */
  public static void assertHandlingDoesNotLeak(PriceHandler handler) {
    assertThatRepeated(() -> handler.handle(nextRequest())).times(40).doesNotLeak();
  }

  private static PriceRequest nextRequest() {
    long id = REQUESTS.incrementAndGet();
    return new PriceRequest("req-" + id, "sku-" + id % 3, "EUR");
  }
}
