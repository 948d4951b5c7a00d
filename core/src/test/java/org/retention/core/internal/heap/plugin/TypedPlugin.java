package org.retention.core.internal.heap.plugin;

import org.retention.core.internal.heap.Host;

/** Has its own type resolved by the host's shared type factory, which caches it. */
public final class TypedPlugin implements Host.Plugin {
  @Override
  public void start() {
    Host.TypeFactory.DEFAULT.constructType(TypedPlugin.class);
  }

  @Override
  public void stop() {
    Host.TypeFactory.DEFAULT.clearCache();
  }
}
