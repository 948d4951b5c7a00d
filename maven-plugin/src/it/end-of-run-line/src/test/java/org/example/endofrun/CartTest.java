package org.example.endofrun;

import org.junit.jupiter.api.Test;
import org.retention.junit.NoRetentionAfter;
import org.retention.junit.RetentionTracker;

class CartTest {
  @Test
  @NoRetentionAfter
  void releases_what_it_made(RetentionTracker tracker) {
    tracker.track(new StringBuilder("Cart"), "a Cart");
  }
}
