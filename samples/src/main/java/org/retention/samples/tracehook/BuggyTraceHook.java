package org.retention.samples.tracehook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Keeps the last {@value #KEPT} cleared snapshots for a debug page: every value a traced map
 * clears stays reachable from the hook.
 */
public final class BuggyTraceHook implements TraceHook {
  /** How many clears the debug page shows. */
  public static final int KEPT = 16;

  private final Deque<Map<?, ?>> recentClears = new ArrayDeque<>();

  @Override
  public synchronized void onClear(String mapName, Map<?, ?> cleared) {
    if (recentClears.size() == KEPT) {
      recentClears.removeLast();
    }
    recentClears.addFirst(cleared);
  }

  /** What the debug page shows, most recent first. */
  public synchronized List<String> page() {
    return recentClears.stream().map(cleared -> "cleared " + cleared).toList();
  }
}
