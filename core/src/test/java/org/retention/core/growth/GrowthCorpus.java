package org.retention.core.growth;

import java.util.List;

/** Actions that must never fail a growth check: lazy init, caches, pools, interning, JIT. */
final class GrowthCorpus {
  static final List<HeapGrowthCheck.Action> NOT_LEAKING = List.of(
      GrowthFixtures.LazyConfig::read,
      GrowthFixtures.BoundedCache::handle,
      GrowthFixtures.Pool::handle,
      GrowthFixtures.Interner::handle,
      GrowthFixtures.Hot::handle,
      GrowthFixtures.Garbage::handle);

  private GrowthCorpus() {}
}
