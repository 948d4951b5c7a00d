package org.retention.samples.weakhashmap;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.lang.ref.Reference;
import java.util.HashMap;
import java.util.Map;
import org.retention.samples.LeakScenario;

/** The WeakHashMap sample: its regression check, and its run in the demo. */
public final class WeakHashMapScenario {
  /** The shipped cache, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "WeakHashMap cache whose value refers to its own key",
      "the value keeps the key's id, not the key",
      () -> assertCacheForgetsInactiveTenants(new BuggySettingsCache()),
      () -> assertCacheForgetsInactiveTenants(new FixedSettingsCache()));

  private WeakHashMapScenario() {}

  /**
   * The regression test: once the application drops its active tenants, the settings cache does
   * not keep them. The assertion is on the map that should be the tenants' only strong holder.
   *
   * @throws AssertionError naming the tenants still reachable
   */
  public static void assertCacheForgetsInactiveTenants(SettingsCache cache) {
    Map<String, Tenant> activeTenants = new HashMap<>();
    for (String id : new String[] {"acme", "globex"}) {
      Tenant tenant = new Tenant(id);
      activeTenants.put(id, tenant);
      cache.themeOf(tenant);
    }

    assertThat(activeTenants).releasesValuesAfterClear();
    // The cache is unused after the last themeOf(); without the fence a compiled frame may let it
    // be collected, and a leaking cache would then pass.
    Reference.reachabilityFence(cache);
  }
}
