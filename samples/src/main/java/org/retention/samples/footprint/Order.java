package org.retention.samples.footprint;

/**
 * One imported order.
 *
 * @param id its id, unique within a batch
 * @param customer who placed it
 */
public record Order(long id, String customer) {}
