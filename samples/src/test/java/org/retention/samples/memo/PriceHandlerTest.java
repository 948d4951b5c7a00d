package org.retention.samples.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("counts live instances VM-wide")
class PriceHandlerTest {

  @Test
  void should_not_leak_when_the_memo_is_keyed_by_what_the_price_depends_on() {
    MemoScenario.assertHandlingDoesNotLeak(new FixedPriceHandler());
  }

  @Test
  void should_catch_the_memo_that_keeps_every_request() {
    // WHEN
    Throwable error = catchThrowable(
        () -> MemoScenario.assertHandlingDoesNotLeak(new BuggyPriceHandler()));
    // THEN
    assertThat(error).isInstanceOf(AssertionError.class);
    assertThat(error.getMessage()).contains(
        "Expecting the repeated action not to leak, but objects of ",
        "  org.retention.samples.memo.Price: 1 instance and ",
        "    BuggyPriceHandler.memo" + System.lineSeparator()
            + "    ConcurrentHashMap.table" + System.lineSeparator()
            + "    ConcurrentHashMap$Node[][",
        "<- piles up here: java.util.concurrent.ConcurrentHashMap$Node[] holds ",
        "    ConcurrentHashMap$Node.val" + System.lineSeparator()
            + "    -> org.retention.samples.memo.Price",
        "org.retention.samples.memo.PriceRequest +1",
        "leak fingerprint: ");
  }

  @Test
  void should_price_alike_in_both_handlers() {
    PriceRequest request = new PriceRequest("req-1", "sku-1", "EUR");
    assertThat(new BuggyPriceHandler().handle(request))
        .isEqualTo(new FixedPriceHandler().handle(request));
  }
}
