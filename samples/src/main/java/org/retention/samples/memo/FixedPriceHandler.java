package org.retention.samples.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The fix: the memo's key is what the price depends on (product and currency), nothing more. */
public final class FixedPriceHandler implements PriceHandler {
  private final Map<String, Price> memo = new ConcurrentHashMap<>();

  @Override
  public Price handle(PriceRequest request) {
    return memo.computeIfAbsent(request.sku() + "/" + request.currency(),
        key -> PriceList.compute(request.sku(), request.currency()));
  }
}
