package org.retention.samples.tracehook;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A thread-safe map that reports each {@code clear()} to a {@link TraceHook}. Like {@code
 * Collections.synchronizedMap}, it locks on itself; iterate its views while holding that lock.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class TracedMap<K, V> extends AbstractMap<K, V> {
  private final String name;
  private final Map<K, V> delegate = new HashMap<>();
  private final TraceHook hook;

  /** An empty map called {@code name} in traces, reporting to {@code hook}. */
  public TracedMap(String name, TraceHook hook) {
    this.name = Objects.requireNonNull(name, "name");
    this.hook = Objects.requireNonNull(hook, "hook");
  }

  @Override
  public synchronized V get(Object key) {
    return delegate.get(key);
  }

  @Override
  public synchronized V put(K key, V value) {
    return delegate.put(key, value);
  }

  @Override
  public synchronized V remove(Object key) {
    return delegate.remove(key);
  }

  @Override
  public synchronized boolean containsKey(Object key) {
    return delegate.containsKey(key);
  }

  @Override
  public synchronized int size() {
    return delegate.size();
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return delegate.entrySet();
  }

  /** Clears the map, then reports what was cleared to the hook. */
  @Override
  public void clear() {
    Map<K, V> cleared;
    synchronized (this) {
      cleared = new HashMap<>(delegate);
      delegate.clear();
    }
    hook.onClear(name, cleared);
  }
}
