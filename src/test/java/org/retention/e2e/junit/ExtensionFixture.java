package org.retention.e2e.junit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retention.junit.NoRetentionAfter;
import org.retention.junit.RetentionTracker;

/**
 * Run only by {@link JunitVersionsEndToEndTest}, in a child JVM, by each JUnit console launcher
 * (its name matches none of surefire's test patterns). Compiled against JUnit 5.10.
 */
@NoRetentionAfter
public class ExtensionFixture {
  /** Leaked on purpose: the child JVM ends after the run. */
  static final List<Object> LEAKED = new ArrayList<>();

  /** Only this fixture creates these. */
  static final class Session {}

  @Test
  void releases(RetentionTracker tracker) {
    tracker.track(new StringBuilder("alice's session"));
  }

  @Test
  void leaks(RetentionTracker tracker) {
    LEAKED.add(tracker.track(new StringBuilder("bob's session"), "bob's session"));
  }

  @Test
  @NoRetentionAfter(instancesOf = Session.class)
  void leaksInstances() {
    LEAKED.add(new Session());
  }
}
