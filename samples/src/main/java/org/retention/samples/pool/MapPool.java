package org.retention.samples.pool;

import java.util.Map;

/**
 * Reuses request-attribute maps, to spare the allocation per request.
 *
 * <pre>{@code
 * Map<String, Object> attributes = pool.borrow();
 * try {
 *   attributes.put("session", session);
 *   handle(request, attributes);
 * } finally {
 *   pool.giveBack(attributes);
 * }
 * }</pre>
 */
public interface MapPool {
  /** An empty map, pooled or new. */
  Map<String, Object> borrow();

  /** Returns {@code attributes} to the pool; the caller must not use it afterwards. */
  void giveBack(Map<String, Object> attributes);
}
