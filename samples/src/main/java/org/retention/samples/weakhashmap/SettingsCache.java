package org.retention.samples.weakhashmap;

/**
 * Each tenant's settings, computed once and meant to be forgotten with the tenant: keyed weakly,
 * so the cache itself should never keep a tenant alive.
 */
public interface SettingsCache {
  /** The tenant's theme, from its cached settings. */
  String themeOf(Tenant tenant);
}
