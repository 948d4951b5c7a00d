package org.retention.core.explain;

/**
 * How a retained object was still reachable in the heap dump.
 *
 * <pre>{@code
 * if (path.reachability() == Reachability.SOFT) { ... }   // cleared only under memory pressure
 * }</pre>
 */
public enum Reachability {
  /** Through strong references only: a real leak. */
  STRONG("strongly reachable"),
  /**
   * Only through a {@code SoftReference}: HotSpot clears soft references only under memory
   * pressure, which Retention never provokes.
   */
  SOFT("softly reachable only"),
  /**
   * Only through another kind of {@code java.lang.ref.Reference}, such as the finalizer's, which
   * keeps an object with a {@code finalize()} method until that method has run.
   */
  OTHER_REFERENCE("reachable only through a java.lang.ref.Reference"),
  /** Absent from the heap dump: it was collected after the verdict, by a later collection. */
  COLLECTED_LATE("collected after the verdict");

  private final String phrase;

  Reachability(String phrase) {
    this.phrase = phrase;
  }

  /** How a message says it: {@code strongly reachable}. */
  public String phrase() {
    return phrase;
  }
}
