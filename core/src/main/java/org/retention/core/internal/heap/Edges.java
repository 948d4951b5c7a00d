package org.retention.core.internal.heap;

/**
 * The references that are no field slot, array index or static index, as {@link
 * HprofIndex#forEachReference} reports them: negative, so they never collide with those.
 *
 * <pre>{@code
 * heap.forEachReference(index, false, (id, slot) -> { if (slot == Edges.CLASS) ... });
 * }</pre>
 */
final class Edges {
  /** From an instance or array to its class. */
  static final int CLASS = -2;
  /** From a class to its defining loader. */
  static final int LOADER = -3;
  /** From a class to its protection domain. */
  static final int PROTECTION_DOMAIN = -4;
  /** From a class to its signers. */
  static final int SIGNERS = -5;
  /** From a class to its super class. */
  static final int SUPERCLASS = -6;

  private Edges() {}
}
