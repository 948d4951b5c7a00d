package org.retention.samples.tracehook;

import java.util.Map;

/** Observes a {@link TracedMap}; called after each {@code clear()}, outside the map's lock. */
@FunctionalInterface
public interface TraceHook {
  /**
   * The map was cleared of {@code cleared}. The snapshot is the hook's to inspect during the
   * call; keeping it keeps every cleared key and value alive.
   */
  void onClear(String mapName, Map<?, ?> cleared);
}
