/**
 * Explaining retention failures: a heap dump, the shortest path from a GC root to each retained
 * object, the root's kind, retained sizes and leak fingerprints.
 *
 * <p>Start with {@link org.retention.core.internal.heap.RetentionExplainer#explain}; configure it with
 * {@link org.retention.core.explain.ExplainSettings}.
 */
package org.retention.core.explain;
