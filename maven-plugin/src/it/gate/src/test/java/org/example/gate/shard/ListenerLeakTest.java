package org.example.gate.shard;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenerLeakTest {
  /** The leak: listeners registered and never removed. */
  static final List<Listener> LISTENERS = new ArrayList<>();

  record Listener(String name) {}

  private static Listener register(String name) {
    Listener listener = new Listener(name);
    LISTENERS.add(listener);
    return listener;
  }

  @Test
  void clear_releases_listeners() {
    Map<String, Listener> listeners = new HashMap<>();
    listeners.put("audit", register("audit"));
    assertThat(listeners).releasesValuesAfterClear();
  }
}
