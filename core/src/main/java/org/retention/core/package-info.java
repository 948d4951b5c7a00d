/**
 * Retention's engine: proving that objects become garbage-collectable, with no test-framework
 * dependency.
 *
 * <ul>
 *   <li>{@link org.retention.core.probe} watches objects through weak references and turns
 *       collections into a {@link org.retention.core.probe.RetentionVerdict}.</li>
 *   <li>{@link org.retention.core.gc} makes the VM collect, proves that whole-heap collections
 *       really happened, and shares them between concurrent callers.</li>
 *   <li>{@link org.retention.core.growth} repeats an action and finds the objects that pile up
 *       ({@link org.retention.core.growth.HeapGrowthCheck}).</li>
 *   <li>{@link org.retention.core.report} words verdicts the same way for every front end.</li>
 *   <li>{@link org.retention.core.footprint} measures the bytes an object graph occupies.</li>
 * </ul>
 */
package org.retention.core;
