/**
 * Internal, not API: heap dumps, the HPROF reader and the path search behind a failure's
 * explanation. Loaded only when a check fails.
 *
 * <ul>
 *   <li>{@code HprofIndex} reads a dump once ({@code HprofTag}, {@code HprofRootTag}, {@code
 *       HprofObjectTag}, {@code HprofType} name its format); classes are objects of its graph.
 *   <li>{@code RootSeeds} are where searches start, {@code OwnFrames} the check's own frames.
 *   <li>{@code BreadthFirstSearch} is one search, {@code PathSearches} the passes that tell
 *       strong, soft and other reachability apart.
 *   <li>{@code PathAssembly} and {@code RootDescriptions} word a path; {@code RetainedSizes}
 *       weighs what it retains.
 * </ul>
 */
package org.retention.core.internal.heap;
