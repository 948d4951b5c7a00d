package org.retention.core.internal.threads;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The threads that one check watches: every thread constructed by a thread this scope {@link
 * #mark() marked}, and every thread those construct, transitively.
 *
 * <p><b>Why a context class loader.</b> {@code Thread}'s constructor copies the constructing
 * thread's context class loader into the new thread, on every JDK, also for threads that do not
 * inherit {@code InheritableThreadLocal}s (the JDK's HTTP client builds its selector thread that
 * way); and any thread's loader can be read from outside with {@link
 * Thread#getContextClassLoader()}. So marking costs one small loader per scope, the attribution is
 * known the moment a thread is constructed (no event to wait for), and two tests running at the
 * same time never see each other's threads. The marker only delegates to the loader it replaces,
 * so classes and resources resolve exactly as before.
 *
 * <p>What it cannot see: a thread whose loader the code sets explicitly before the check (the
 * JDK's innocuous threads, for one), and threads constructed before the scope began but started
 * in it. Both are never blamed.
 */
public final class ThreadScope {
  /** How deep a chain of loaders is searched for a marker. */
  private static final int MAX_LOADER_DEPTH = 16;

  private final ThreadScope enclosing;
  private final Set<Long> blamed = ConcurrentHashMap.newKeySet();

  /** A scope inside {@code enclosing} (the class of a test method), or a top one when null. */
  public ThreadScope(ThreadScope enclosing) {
    this.enclosing = enclosing;
  }

  /**
   * Marks the current thread until the returned action runs: the threads it constructs meanwhile
   * belong to this scope. The action restores the previous loader unless the code replaced the
   * marker itself.
   */
  public Runnable mark() {
    Thread current = Thread.currentThread();
    ClassLoader previous = current.getContextClassLoader();
    // A null loader means "the system loader" to most readers; the marker must delegate somewhere.
    Marker marker = new Marker(this, previous == null ? ClassLoader.getSystemClassLoader() : previous);
    current.setContextClassLoader(marker);
    return () -> {
      if (current.getContextClassLoader() == marker) {
        current.setContextClassLoader(previous);
      }
    };
  }

  /** The scope whose marked thread constructed {@code thread}, the nearest one first. */
  static Optional<ThreadScope> of(Thread thread) {
    ClassLoader loader = thread.getContextClassLoader();
    for (int depth = 0; loader != null && depth < MAX_LOADER_DEPTH; depth++) {
      if (loader instanceof Marker marker) {
        return Optional.of(marker.scope);
      }
      loader = loader.getParent();
    }
    return Optional.empty();
  }

  /** Whether this scope is {@code other} or lies inside it. */
  boolean within(ThreadScope other) {
    return this == other || (enclosing != null && enclosing.within(other));
  }

  /** Records that a check of this scope blamed the thread, so no enclosing scope blames it again. */
  void blame(long threadId) {
    for (ThreadScope scope = this; scope != null; scope = scope.enclosing) {
      scope.blamed.add(threadId);
    }
  }

  boolean blamed(long threadId) {
    return blamed.contains(threadId);
  }

  /** Carries its scope; loads nothing itself. */
  private static final class Marker extends ClassLoader {
    private final ThreadScope scope;

    Marker(ThreadScope scope, ClassLoader parent) {
      super("retention-thread-scope", parent);
      this.scope = scope;
    }
  }
}
