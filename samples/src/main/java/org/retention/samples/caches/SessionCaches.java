package org.retention.samples.caches;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;
import org.retention.samples.Session;

/**
 * Session caches configured as applications configure them: bounded in size and expiring idle
 * sessions, which gives each library its eviction queues and read/write buffers, the places a
 * cleared value could hide.
 */
public final class SessionCaches {
  /** At most this many sessions. */
  public static final int MAXIMUM_SIZE = 10_000;

  /** Sessions idle this long expire. */
  public static final Duration IDLE_EXPIRY = Duration.ofMinutes(30);

  private SessionCaches() {}

  /** A Guava session cache. */
  public static com.google.common.cache.Cache<String, Session> guava() {
    return CacheBuilder.newBuilder()
        .maximumSize(MAXIMUM_SIZE)
        .expireAfterAccess(IDLE_EXPIRY)
        .build();
  }

  /** A Caffeine session cache. */
  public static com.github.benmanes.caffeine.cache.Cache<String, Session> caffeine() {
    return Caffeine.newBuilder()
        .maximumSize(MAXIMUM_SIZE)
        .expireAfterAccess(IDLE_EXPIRY)
        .build();
  }
}
