package org.retention.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A static registry, the classic leak: what registers here lives as long as the JVM. */
public final class Registry {
  /** Emptied after every test that runs a fixture whose beans register here. */
  public static final List<Object> INSTANCES = new CopyOnWriteArrayList<>();

  private Registry() {}
}
