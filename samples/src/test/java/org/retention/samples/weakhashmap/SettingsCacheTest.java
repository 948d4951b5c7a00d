package org.retention.samples.weakhashmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retention.samples.weakhashmap.WeakHashMapScenario.assertCacheForgetsInactiveTenants;

import org.junit.jupiter.api.Test;

class SettingsCacheTest {

  @Test
  void fixed_cache_lets_inactive_tenants_go() {
    assertCacheForgetsInactiveTenants(new FixedSettingsCache());
  }

  @Test
  void buggy_cache_is_caught_naming_the_tenants_its_values_keep() {
    assertThatThrownBy(() -> assertCacheForgetsInactiveTenants(new BuggySettingsCache()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting map values to be collectable after clear(), but 2 of 2"
            + " are still strongly reachable after")
        .hasMessageContaining("value tenant acme (org.retention.samples.weakhashmap.Tenant, retains ")
        .hasMessageContaining("value tenant globex (org.retention.samples.weakhashmap.Tenant, retains ")
        .hasMessageContaining("    WeakHashMap$Entry.value")
        .hasMessageContaining("    BuggySettingsCache$Settings.tenant");
  }

  @Test
  void fixed_cache_still_caches_while_the_tenant_is_active() {
    Tenant acme = new Tenant("acme");
    SettingsCache cache = new FixedSettingsCache();

    assertThat(cache.themeOf(acme)).isEqualTo("theme-of-acme").isSameAs(cache.themeOf(acme));
  }
}
