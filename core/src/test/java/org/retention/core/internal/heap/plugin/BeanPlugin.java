package org.retention.core.internal.heap.plugin;

import org.retention.core.internal.heap.Host;

/** Has its class described by the host's bean cache, which holds descriptions softly. */
public final class BeanPlugin implements Host.Plugin {
  @Override
  public void start() {
    Host.BeanCache.describe(BeanPlugin.class);
  }

  @Override
  public void stop() {
    Host.BeanCache.flushCaches();
  }
}
