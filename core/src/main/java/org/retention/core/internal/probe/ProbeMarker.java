package org.retention.core.internal.probe;

import java.lang.ref.WeakReference;

/**
 * The part of a probe that a heap dump analysis looks for: a random id and the weak references
 * to the watched objects, in watch order. The analysis finds instances of {@link #CLASS_NAME} in
 * the dump and reads the fields {@link #ID_FIELD} and {@link #REFERENCES_FIELD}, so these names are
 * the one contract between a probe and the dump reader; {@code ProbeMarker_layout_Test} guards it.
 *
 * <pre>{@code
 * ProbeMarker marker = new ProbeMarker(references);   // held by the probe
 * long id = marker.id();                              // the analysis looks this id up
 * }</pre>
 *
 * <p>The analysis never follows a reference out of a marker: the probe's own weak references are
 * never part of a retention path.
 */
public final class ProbeMarker {
  /** The class the dump reader looks for. */
  public static final String CLASS_NAME = ProbeMarker.class.getName();
  /** The {@code long} field with the random id. */
  public static final String ID_FIELD = "id";
  /** The {@code WeakReference[]} field with the watched objects' references. */
  public static final String REFERENCES_FIELD = "references";

  private final long id;
  private final WeakReference<?>[] references;

  /** Marks {@code references}, which it neither copies nor changes, with a fresh random id. */
  public ProbeMarker(long id, WeakReference<?>[] references) {
    this.id = id;
    this.references = references;
  }

  /** The id that tells this probe from every other probe alive in the VM. */
  public long id() {
    return id;
  }
}
