package org.retention.samples.memo;

/**
 * A computed price.
 *
 * @param sku the product
 * @param currency its currency
 * @param cents the amount
 */
public record Price(String sku, String currency, long cents) {}
