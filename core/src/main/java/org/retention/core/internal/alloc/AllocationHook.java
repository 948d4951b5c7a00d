package org.retention.core.internal.alloc;

/**
 * What an instrumented constructor calls first. Public because classes of any package call it;
 * never called by hand.
 *
 * <pre>{@code
 * // the first instructions of com.acme.Listener.<init>, while a recording wants the class:
 * AllocationHook.constructed("com.acme.Listener");
 * }</pre>
 */
public final class AllocationHook {
  private AllocationHook() {}

  /** One instance of {@code className}, or of a subclass, is being constructed. */
  public static void constructed(String className) {
    try {
      AllocationSites.constructed(className);
    } catch (Throwable ignored) {
      // A constructor of the user's must never fail because of us.
    }
  }
}
