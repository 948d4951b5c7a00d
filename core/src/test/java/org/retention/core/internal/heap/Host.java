package org.retention.core.internal.heap;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The host application of the class-loader corpus, loaded by the application class loader: its
 * API and the caches that plugins put things into, each shaped like a library that teams ship.
 */
public final class Host {
  /** A plugin cached by name in the host's registry. */
  public static final Map<String, Object> PLUGINS = new HashMap<>();
  /** A pool the host shares with every plugin; its threads start on first use. */
  public static volatile ExecutorService sharedPool;
  /** A pool whose threads the host keeps between plugin tasks. */
  public static volatile ExecutorService workers;
  /** Does nothing: a task that holds nothing of a plugin. */
  public static final Runnable NOTHING = () -> { };

  private Host() {}

  /** What the host calls on a plugin. */
  public interface Plugin {
    void start();

    void stop();
  }

  /** Runs {@code task} on {@code pool} and waits for it. */
  public static void runOn(ExecutorService pool, Runnable task) {
    Future<?> done = pool.submit(task);
    try {
      done.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Like Jackson's {@code TypeFactory}: resolved types cached until {@link #clearCache()}. */
  public static final class TypeFactory {
    public static final TypeFactory DEFAULT = new TypeFactory();
    private final Map<String, ResolvedType> typeCache = new HashMap<>();

    public synchronized ResolvedType constructType(Class<?> type) {
      return typeCache.computeIfAbsent(type.getName(), name -> new ResolvedType(type));
    }

    public synchronized void clearCache() {
      typeCache.clear();
    }
  }

  /** A type the {@link TypeFactory} resolved. */
  public record ResolvedType(Class<?> rawClass) {}

  /** Like {@code java.beans.Introspector}: bean descriptions held softly, by class name. */
  public static final class BeanCache {
    static final Map<String, SoftReference<BeanInfo>> CACHE = new HashMap<>();

    private BeanCache() {}

    public static synchronized BeanInfo describe(Class<?> beanClass) {
      BeanInfo info = new BeanInfo(beanClass);
      CACHE.put(beanClass.getName(), new SoftReference<>(info));
      return info;
    }

    public static synchronized void flushCaches() {
      CACHE.clear();
    }
  }

  /** What {@link BeanCache} knows of a bean class. */
  public record BeanInfo(Class<?> beanClass) {}
}
