/**
 * A pool of request-scoped {@code HashMap}s that takes maps back without clearing them, so each
 * pooled map keeps the last request's values (and shows them to the next request); the fixed
 * pool clears on return.
 */
package org.retention.samples.pool;
