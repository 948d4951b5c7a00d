package org.retention.samples.memo;

/** The expensive computation both handlers memoise. */
final class PriceList {
  private PriceList() {}

  static Price compute(String sku, String currency) {
    return new Price(sku, currency, 100L * Math.floorMod(sku.hashCode(), 97));
  }
}
