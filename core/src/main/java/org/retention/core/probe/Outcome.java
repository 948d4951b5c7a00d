package org.retention.core.probe;

/**
 * What a {@link RetentionVerdict} concluded.
 *
 * <pre>{@code
 * if (probe.awaitRelease().outcome() == Outcome.INCONCLUSIVE) { ... }   // the VM would not collect
 * }</pre>
 */
public enum Outcome {
  /** Every watched object was collected: its weak reference was cleared. */
  RELEASED,
  /**
   * At least one watched object survived whole-heap collections that provably happened after the
   * probe started waiting. Such an object is strongly reachable, or reachable through a
   * {@code SoftReference}: HotSpot clears soft references only under memory pressure, which
   * Retention never provokes, so a softly held object is reported as retained, not as released.
   */
  RETAINED,
  /** The VM could not be made to collect, so nothing was proven either way. */
  INCONCLUSIVE
}
