package org.retention.core.internal.heap.plugin;

import org.retention.core.internal.heap.Host;

/** Keeps a per-thread context in a ThreadLocal of the host's pooled worker thread. */
public final class ThreadLocalPlugin implements Host.Plugin {
  static final ThreadLocal<Context> CONTEXT = new ThreadLocal<>();

  @Override
  public void start() {
    Host.runOn(Host.workers, new SetContext());
  }

  @Override
  public void stop() {
    Host.runOn(Host.workers, new RemoveContext());
  }

  /** The plugin's per-thread state. */
  static final class Context {}

  static final class SetContext implements Runnable {
    @Override
    public void run() {
      CONTEXT.set(new Context());
    }
  }

  static final class RemoveContext implements Runnable {
    @Override
    public void run() {
      CONTEXT.remove();
    }
  }
}
