/**
 * A {@code HashMap} that held 100,000 entries for one large batch and is cleared for the next:
 * {@code clear()} keeps the table it grew to, about a megabyte of empty slots, for the life of
 * the map; the fix replaces the map.
 */
package org.retention.samples.footprint;
