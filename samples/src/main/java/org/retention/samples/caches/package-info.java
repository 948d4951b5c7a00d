/**
 * Guava and Caffeine caches cleared through {@code asMap().clear()}, suspected of keeping their
 * values in internal buffers, and through {@code invalidateAll()}: both release every value. A
 * passing sample is a sample too: it settles the suspicion with proof.
 */
package org.retention.samples.caches;
