package org.retention.samples.plugin;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.retention.samples.LeakScenario;

/** The plugin-reload sample: its regression check, and its run in the demo. */
public final class PluginScenario {
  /** The shipped host, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Plugin reloaded three times keeps three class loaders",
      "stop the old version before starting the new one",
      () -> assertReloadReleasesOldVersions(new BuggyPluginHost()),
      () -> assertReloadReleasesOldVersions(new FixedPluginHost()));

  private PluginScenario() {}

  /**
   * The regression test: after versions 1 to 3 of the plugin were each replaced by a reload,
   * none of their class loaders is reachable any more. The host is closed before returning.
   *
   * @throws AssertionError naming each loader still reachable, with its path
   */
  public static void assertReloadReleasesOldVersions(PluginHost host) {
    try (host) {
      Map<String, ClassLoader> oldVersions = new LinkedHashMap<>();
      for (int version = 1; version <= 3; version++) {
        host.reload();
        oldVersions.put("greeting v" + version, host.currentLoader());
      }
      host.reload();

      assertThat(oldVersions).releasesValuesAfterClear();
    }
  }
}
