package org.retention.samples.weakhashmap;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The settings refer to their tenant. A {@code WeakHashMap} holds its values strongly, so each
 * tenant stays reachable through its own value and no entry is ever evicted.
 */
public final class BuggySettingsCache implements SettingsCache {
  private final Map<Tenant, Settings> settings = new WeakHashMap<>();

  @Override
  public synchronized String themeOf(Tenant tenant) {
    return settings.computeIfAbsent(tenant, Settings::load).theme();
  }

  private record Settings(Tenant tenant, String theme) {
    static Settings load(Tenant tenant) {
      return new Settings(tenant, "theme-of-" + tenant.id());
    }
  }
}
