package org.retention.junit;

import java.util.Objects;
import org.retention.core.RetentionCheck;
import org.retention.core.probe.DescribeMode;
import org.retention.core.probe.RetentionProbe;

/**
 * Registers objects that must be collectable when the test is over. The {@link
 * RetentionExtension} resolves it as a parameter of a test method and of its {@code @BeforeEach}
 * and {@code @AfterEach} methods, one instance per test.
 *
 * <pre>{@code
 * @Test
 * void logoutReleasesSession(RetentionTracker tracker) {
 *   tracker.track(cache.open("alice"), "alice's session");
 *   cache.logout("alice");
 * }   // fails if alice's session is still reachable after the @AfterEach methods
 * }</pre>
 *
 * <p>A test that takes a tracker is checked even without {@link NoRetentionAfter}: asking for one
 * means "check what I track".
 *
 * <p>The tracker holds tracked objects only through weak references, so it never keeps one alive.
 * Everything else that still holds one when the test is over is a real retention, and is reported
 * as such: also a field of the test instance, which JUnit keeps until after the check (clear it
 * in the test or in an {@code @AfterEach} method). Thread-safe: objects may be tracked from the
 * threads that create them.
 */
public final class RetentionTracker {
  private final RetentionProbe.Builder probe;

  private final DescribeMode describe;

  RetentionTracker(DescribeMode describe) {
    this.describe = describe;
    this.probe = RetentionProbe.builder().describedAs(describe);
  }

  /**
   * Tracks {@code object}, named in failure messages by its truncated {@code toString()}.
   *
   * @return {@code object}, so that tracking fits in an expression
   * @throws IllegalArgumentException {@code object} is kept alive by the JVM itself (a small
   *     {@code Integer}, an enum constant, an interned string...), so it could prove nothing
   */
  public <T> T track(T object) {
    return track(object, null);
  }

  /**
   * Tracks {@code object}, named in failure messages by {@code description}.
   *
   * @param description how failure messages name the object, like {@code "alice's session"}; its
   *     truncated {@code toString()} when null
   * @return {@code object}, so that tracking fits in an expression
   * @throws IllegalArgumentException {@code object} is kept alive by the JVM itself (a small
   *     {@code Integer}, an enum constant, an interned string...), so it could prove nothing
   */
  public <T> T track(T object, String description) {
    Objects.requireNonNull(object, "object");
    RetentionCheck.requireCollectable(object, describe);
    probe.watch("object", object, description);
    return object;
  }

  /** The probe of everything tracked so far. */
  RetentionProbe probe() {
    return probe.build();
  }
}
