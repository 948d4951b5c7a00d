package org.retention.core.internal.heap.plugin;

import org.retention.core.internal.heap.Host;

/** Registers a shutdown hook of its own class on start; removes it on stop. */
public final class HookPlugin implements Host.Plugin {
  private final Thread hook = new Hook();

  @Override
  public void start() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void stop() {
    Runtime.getRuntime().removeShutdownHook(hook);
  }

  /**
   * Would flush the plugin's state when the VM exits; an inner class, so that the test can still
   * reach (and stop) a plugin it leaked.
   */
  final class Hook extends Thread {
    Hook() {
      super("plugin-shutdown-hook");
    }
  }
}
