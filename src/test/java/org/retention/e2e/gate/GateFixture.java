package org.retention.e2e.gate;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retention.junit.NoRetentionAfter;
import org.retention.junit.RetentionTracker;

/**
 * A suite with a known leak, a new leak and a clean test, run only by {@link
 * LeakGateEndToEndTest} in a child JVM (its name matches none of surefire's test patterns).
 */
@NoRetentionAfter
public class GateFixture {
  /** The leak the team accepted for now. */
  static final List<Object> KNOWN = new ArrayList<>();
  /** The leak a pull request just introduced. */
  static final List<Object> INTRODUCED = new ArrayList<>();

  @Test
  void knownLeak(RetentionTracker tracker) {
    KNOWN.add(tracker.track(new StringBuilder("known"), "the known leak"));
  }

  @Test
  void newLeak(RetentionTracker tracker) {
    INTRODUCED.add(tracker.track(new StringBuilder("new"), "the new leak"));
  }

  @Test
  void clean(RetentionTracker tracker) {
    tracker.track(new StringBuilder("clean"), "a released object");
  }
}
