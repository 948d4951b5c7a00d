package org.retention.assertj;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.cache.CacheBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** The real maps every {@code releases...} assertion is tested on: JDK maps and cache views. */
final class MapFactories {
  private MapFactories() {}

  /** For {@code @MethodSource("org.retention.assertj.MapFactories#maps")}. */
  static Stream<Named<Supplier<Map<Session, Session>>>> maps() {
    return Stream.of(
        Named.of("HashMap", HashMap::new),
        Named.of("LinkedHashMap", LinkedHashMap::new),
        Named.of("TreeMap", TreeMap::new),
        Named.of("ConcurrentHashMap", ConcurrentHashMap::new),
        Named.of("WeakHashMap", WeakHashMap::new),
        Named.of("Guava Cache.asMap()", () -> CacheBuilder.newBuilder().<Session, Session>build().asMap()),
        Named.of("Caffeine Cache.asMap()", () -> Caffeine.newBuilder().<Session, Session>build().asMap()));
  }
}
