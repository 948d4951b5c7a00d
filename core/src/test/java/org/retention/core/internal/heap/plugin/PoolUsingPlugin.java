package org.retention.core.internal.heap.plugin;

import org.retention.core.internal.heap.Host;

/**
 * Uses the host's shared pool while the host runs it with this plugin's loader as the context
 * loader: the pool's first thread is created then, and inherits that loader.
 */
public final class PoolUsingPlugin implements Host.Plugin {
  @Override
  public void start() {
    Host.runOn(Host.sharedPool, Host.NOTHING);
  }

  @Override
  public void stop() {}
}
