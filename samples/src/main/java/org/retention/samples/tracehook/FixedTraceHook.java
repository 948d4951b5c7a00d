package org.retention.samples.tracehook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Keeps the last {@value #KEPT} clears as text, written during the callback: what the debug page
 * needs, and nothing of the cleared entries themselves.
 */
public final class FixedTraceHook implements TraceHook {
  /** How many clears the debug page shows. */
  public static final int KEPT = 16;

  private final Deque<String> recentClears = new ArrayDeque<>();

  @Override
  public synchronized void onClear(String mapName, Map<?, ?> cleared) {
    if (recentClears.size() == KEPT) {
      recentClears.removeLast();
    }
    recentClears.addFirst("cleared " + cleared.size() + " entries of " + mapName);
  }

  /** What the debug page shows, most recent first. */
  public synchronized List<String> page() {
    return List.copyOf(recentClears);
  }
}
