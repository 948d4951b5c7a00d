package org.retention.core.explain;

/**
 * What kind of GC root a retention path starts at.
 *
 * <pre>{@code
 * boolean threadLocal = path.root().kind() == RootKind.THREAD_LOCAL;
 * }</pre>
 */
public enum RootKind {
  /** A static field of a loaded class (system classes included). */
  STATIC_FIELD,
  /** A local variable of a method running on a thread's stack. */
  THREAD_STACK,
  /** A {@code ThreadLocal} value of a live thread. */
  THREAD_LOCAL,
  /** A live thread object itself, through one of its fields other than its thread locals. */
  THREAD,
  /** A JNI global or local reference, or a native stack. */
  JNI,
  /** An object used as a monitor by a {@code synchronized} block that is still running. */
  MONITOR,
  /** A reference the VM holds for itself. */
  VM_INTERNAL
}
