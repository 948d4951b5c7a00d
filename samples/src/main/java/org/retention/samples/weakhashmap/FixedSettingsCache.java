package org.retention.samples.weakhashmap;

import java.util.Map;
import java.util.WeakHashMap;

/** The settings keep their tenant's id, never the tenant, so the weak keys can be cleared. */
public final class FixedSettingsCache implements SettingsCache {
  private final Map<Tenant, Settings> settings = new WeakHashMap<>();

  @Override
  public synchronized String themeOf(Tenant tenant) {
    return settings.computeIfAbsent(tenant, Settings::load).theme();
  }

  private record Settings(String tenantId, String theme) {
    static Settings load(Tenant tenant) {
      return new Settings(tenant.id(), "theme-of-" + tenant.id());
    }
  }
}
