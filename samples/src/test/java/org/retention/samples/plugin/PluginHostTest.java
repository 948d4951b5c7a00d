package org.retention.samples.plugin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.plugin.PluginScenario.assertReloadReleasesOldVersions;

import org.junit.jupiter.api.Test;

/** Each reload must let the previous version's class loader go. */
class PluginHostTest {

  @Test
  void fixed_host_releases_every_replaced_version() {
    assertReloadReleasesOldVersions(new FixedPluginHost());
  }

  @Test
  void buggy_host_is_caught_keeping_three_class_loaders_through_the_event_bus() {
    assertThatThrownBy(() -> assertReloadReleasesOldVersions(new BuggyPluginHost()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after clear(), but 3 of 3"
            + " are still strongly reachable after")
        .hasMessageContaining("  value greeting v1 (" + PluginClassLoader.class.getName())
        .hasMessageContaining(String.join(System.lineSeparator(),
            "  GC root: static field " + HostEvents.class.getName() + ".LISTENERS",
            "    ArrayList.elementData",
            "    Object[][0]",
            "    class org.retention.samples.plugin.greeting.GreetingPlugin",
            "    loaded by " + PluginClassLoader.class.getName(),
            "    -> " + PluginClassLoader.class.getName()));
  }
}
