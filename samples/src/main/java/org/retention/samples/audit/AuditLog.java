package org.retention.samples.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The application-wide audit trail behind an admin page: the most recent entries, in memory.
 * Bounded, so it looks harmless; but whatever an entry refers to lives as long as the entry.
 */
public final class AuditLog {
  /** How many entries the page shows. */
  public static final int CAPACITY = 100;

  private static final List<AuditEntry> RECENT = new ArrayList<>();

  private AuditLog() {}

  /** Appends {@code entry}, dropping the oldest beyond {@link #CAPACITY}. */
  public static void record(AuditEntry entry) {
    synchronized (RECENT) {
      if (RECENT.size() == CAPACITY) {
        RECENT.remove(0);
      }
      RECENT.add(entry);
    }
  }

  /** The entries, oldest first. */
  public static List<AuditEntry> recent() {
    synchronized (RECENT) {
      return List.copyOf(RECENT);
    }
  }
}
