package org.retention.assertj;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps objects strongly reachable from a static field, as an audit log or a listener list does
 * in production, until closed. One holder per test, so tests running in parallel never release
 * each other's objects.
 */
final class StaticHolder implements AutoCloseable {
  private static final Set<StaticHolder> OPEN = ConcurrentHashMap.newKeySet();

  private final List<Object> held = new CopyOnWriteArrayList<>();

  private StaticHolder() {}

  static StaticHolder open() {
    StaticHolder holder = new StaticHolder();
    OPEN.add(holder);
    return holder;
  }

  <T> T hold(T object) {
    held.add(object);
    return object;
  }

  @Override
  public void close() {
    OPEN.remove(this);
  }
}
