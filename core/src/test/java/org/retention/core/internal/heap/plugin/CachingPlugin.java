package org.retention.core.internal.heap.plugin;

import org.retention.core.internal.heap.Host;

/** Registers itself in the host's static registry; unregisters on stop. */
public final class CachingPlugin implements Host.Plugin {
  @Override
  public void start() {
    Host.PLUGINS.put("caching", this);
  }

  @Override
  public void stop() {
    Host.PLUGINS.remove("caching");
  }
}
