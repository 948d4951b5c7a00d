package org.retention.samples.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped handler: it memoises by the whole request, request id included, so no key ever
 * repeats and the memo grows by one entry per request, forever.
 */
public final class BuggyPriceHandler implements PriceHandler {
  private final Map<PriceRequest, Price> memo = new ConcurrentHashMap<>();

  @Override
  public Price handle(PriceRequest request) {
    return memo.computeIfAbsent(request, r -> PriceList.compute(r.sku(), r.currency()));
  }
}
