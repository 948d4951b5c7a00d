package org.retention.samples.memo;

/**
 * One pricing request: who asked (a new id per request) and what for.
 *
 * @param requestId unique per request, for tracing
 * @param sku the product
 * @param currency the currency of the price
 */
public record PriceRequest(String requestId, String sku, String currency) {}
