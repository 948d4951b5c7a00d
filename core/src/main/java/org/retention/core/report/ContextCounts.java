package org.retention.core.report;

/**
 * What became of the application contexts (Spring's) that a test JVM's checked classes used: how
 * many were created, how many the test framework closed, how many of those a check proved
 * collectable, and how many were still cached when the run ended. A suite that runs out of memory
 * shows it here first: many created, few closed, or closed but not released.
 *
 * <pre>{@code
 * ContextCounts contexts = report.contexts();   // null when the JVM counted no context
 * long notProven = contexts.closed() - contexts.released();
 * }</pre>
 *
 * @param created the contexts the checked test classes used, each counted once
 * @param closed those the test framework closed before the JVM began to exit
 * @param released the closed ones that a check proved collectable
 * @param stillCached those created and not closed when the run ended: the context cache held them
 *     until the JVM exit
 */
public record ContextCounts(long created, long closed, long released, long stillCached) {
  /** Validates. */
  public ContextCounts {
    if (created < 0 || closed < 0 || released < 0 || stillCached < 0) {
      throw new IllegalArgumentException("context counts cannot be negative, but were " + created
          + " created, " + closed + " closed, " + released + " released, " + stillCached
          + " still cached");
    }
  }
}
