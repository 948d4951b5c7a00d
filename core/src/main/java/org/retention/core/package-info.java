/**
 * Retention's engine: proving that objects become garbage-collectable, with no test-framework
 * dependency.
 *
 * <ul>
 *   <li>{@link org.retention.core.probe} watches objects through weak references and turns
 *       collections into a {@link org.retention.core.probe.RetentionVerdict}.</li>
 *   <li>{@link org.retention.core.explain} explains a failure: the path from a GC root to each
 *       retained object, read from a heap dump.</li>
 *   <li>{@link org.retention.core.report} is the JSON report of a run's checks and the baseline of
 *       accepted leaks, which build tools read.</li>
 *   <li>{@link org.retention.core.growth} repeats an action and finds the objects that pile up
 *       ({@link org.retention.core.growth.HeapGrowthCheck}).</li>
 * </ul>
 */
package org.retention.core;
