/**
 * Explaining retention failures: a heap dump, the shortest path from a GC root to each retained
 * object, the root's kind, retained sizes and leak fingerprints.
 *
 * <p>Start with {@link org.retention.core.internal.heap.RetentionExplainer#explain}; configure it with
 * {@link org.retention.core.explain.ExplainSettings}. A check of a new front end marks its classes
 * {@link org.retention.core.explain.HoldsCheckedObjects}, so that its own frames never take the
 * blame for what the code under test keeps.
 */
package org.retention.core.explain;
