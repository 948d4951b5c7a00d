package org.retention.assertj;

import static org.retention.assertj.error.ShouldBeCollectable.shouldBeCollectable;
import static org.retention.assertj.error.ShouldBeRemovable.shouldBeRemovable;
import static org.retention.assertj.error.ShouldHaveObjectsToProve.shouldHaveObjectsToProve;
import static org.retention.assertj.error.ShouldNotBeJvmConstants.shouldNotBeJvmConstants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.RetentionExplainer;
import org.retention.core.footprint.Footprint;
import org.retention.core.probe.Descriptions;
import org.retention.core.probe.JvmConstants;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/**
 * AssertJ's map assertions plus proofs that the map lets go of what it held. Every chained map
 * assertion keeps returning this type, so the two mix freely:
 *
 * <pre>{@code
 * assertThat(cache.asMap()).as("session cache").hasSize(2).releasesValuesAfterClear();
 * }</pre>
 *
 * <p>Each {@code releases...} assertion watches the objects through weak references, performs the
 * removal, makes the VM collect (usually once) and passes only when every object was collected.
 * It fails with an {@link AssertionError} that names the objects still reachable and explains
 * each of the first few with its shortest path from a GC root, read from a heap dump (see {@link
 * RetentionExplainer}; system properties {@value ExplainSettings#EXPLAIN}, {@value
 * ExplainSettings#KEEP_HEAP_DUMPS} and {@value Descriptions#MODE_KEY} configure it), and it refuses
 * inputs that could prove nothing: a null map, a map with nothing to watch, an unmodifiable map,
 * and objects the JVM keeps alive forever (small boxed integers, enum constants, interned
 * strings).
 *
 * @param <K> the type of the map's keys
 * @param <V> the type of the map's values
 */
public class RetentionMapAssert<K, V> extends MapAssert<K, V> {
  private static final String CLEAR = "clear()";
  private static final int MAX_CONSTANTS_LISTED = 5;

  private Duration timeout = RetentionProbe.DEFAULT_TIMEOUT;
  /** Soft assertions swap this for a factory of soft long assertions. */
  LongFunction<AbstractLongAssert<?>> longAssertions = Assertions::assertThat;

  /** Creates the assertion; prefer {@link RetentionAssertions#assertThat(Map)}. */
  public RetentionMapAssert(Map<K, V> actual) {
    super(actual);
  }

  /**
   * Verifies that every non-null value of the map becomes collectable once {@code clear()} has
   * been called. The map is cleared by the assertion.
   *
   * <pre>{@code
   * Map<String, Session> cache = new HashMap<>();
   * cache.put("alice", new Session("alice"));
   *
   * // assertion passes: nothing but the map held the session
   * assertThat(cache).releasesValuesAfterClear();
   *
   * // assertion fails: the audit list still holds the session
   * Session bob = new Session("bob");
   * cache.put("bob", bob);
   * AUDIT.add(bob);
   * bob = null;
   * assertThat(cache).releasesValuesAfterClear();
   * }</pre>
   *
   * @return {@code this} assertion object
   * @throws AssertionError if a value is still reachable after proven full collections, if the map
   *     is null, holds no values, cannot be cleared, or holds values the JVM keeps alive itself
   */
  public RetentionMapAssert<K, V> releasesValuesAfterClear() {
    return releases(MapPart.VALUES, Map::clear, CLEAR);
  }

  /**
   * Verifies that every non-null key of the map becomes collectable once {@code clear()} has been
   * called.
   *
   * <pre>{@code
   * // assertion passes
   * Map<Session, String> byKey = new HashMap<>(Map.of(new Session("alice"), "x"));
   * assertThat(byKey).releasesKeysAfterClear();
   *
   * // assertion fails: string literals live in the JVM's string table
   * assertThat(new HashMap<>(Map.of("alice", new Object()))).releasesKeysAfterClear();
   * }</pre>
   *
   * @return {@code this} assertion object
   * @throws AssertionError if a key is still reachable, or the input can prove nothing
   */
  public RetentionMapAssert<K, V> releasesKeysAfterClear() {
    return releases(MapPart.KEYS, Map::clear, CLEAR);
  }

  /**
   * Verifies that every non-null key and value of the map becomes collectable once {@code clear()}
   * has been called. Entries are proven through their keys and values because many maps create
   * their {@code Map.Entry} objects on demand.
   *
   * <pre>{@code
   * // assertion passes
   * assertThat(new HashMap<>(Map.of(new Object(), new Object()))).releasesEntriesAfterClear();
   *
   * // assertion fails: the key is still held by a local variable
   * Object key = new Object();
   * assertThat(new HashMap<>(Map.of(key, new Object()))).releasesEntriesAfterClear();
   * }</pre>
   *
   * @return {@code this} assertion object
   * @throws AssertionError if a key or value is still reachable, or the input can prove nothing
   */
  public RetentionMapAssert<K, V> releasesEntriesAfterClear() {
    return releases(MapPart.ENTRIES, Map::clear, CLEAR);
  }

  /**
   * Verifies that every non-null value of the map becomes collectable once {@code removal} has
   * run on it: for removals other than {@code clear()}, such as {@code invalidateAll()} on the
   * cache behind the map, or removing the entries one by one.
   *
   * <pre>{@code
   * // assertion passes
   * assertThat(cache.asMap()).releasesValuesAfter(map -> cache.invalidateAll());
   *
   * // assertion fails: removing one key leaves the other value
   * assertThat(twoSessions).releasesValuesAfter(map -> map.remove("alice"));
   * }</pre>
   *
   * @param removal what should release the values; it receives the map
   * @return {@code this} assertion object
   * @throws AssertionError if a value is still reachable, or the input can prove nothing
   */
  public RetentionMapAssert<K, V> releasesValuesAfter(Consumer<? super Map<K, V>> removal) {
    Objects.requireNonNull(removal, "removal");
    return releases(MapPart.VALUES, removal, "the given removal");
  }

  /**
   * Clears the map and returns an assertion on the bytes that the map's own object graph still
   * occupies, measured with JOL: a cleared {@code HashMap} keeps the table it grew to.
   *
   * <pre>{@code
   * // assertion passes: a fresh map after clear() is small
   * assertThat(new HashMap<>(Map.of(new Object(), 1))).footprintAfterClear().isLessThan(1_024);
   *
   * // assertion fails: 100,000 entries grew a 1 MB table that clear() keeps
   * assertThat(bigHashMap).footprintAfterClear().isLessThan(4_096);
   * }</pre>
   *
   * @return an assertion on the footprint in bytes
   * @throws AssertionError if the map is null or cannot be cleared
   */
  public AbstractLongAssert<?> footprintAfterClear() {
    isNotNull();
    remove(MapPart.VALUES, Map::clear, CLEAR);
    String name = info.descriptionText().isEmpty()
        ? actual.getClass().getName()
        : info.descriptionText();
    return longAssertions.apply(Footprint.bytesOf(actual))
        .as("footprint in bytes of %s after clear()", name);
  }

  /**
   * Bounds how long the {@code releases...} assertions may try to make the VM collect (default
   * {@link RetentionProbe#DEFAULT_TIMEOUT}); reached only when the VM will not collect, which
   * fails the assertion as inconclusive, never as a leak.
   *
   * @param timeout the bound
   * @return {@code this} assertion object
   */
  public RetentionMapAssert<K, V> withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, but was " + timeout);
    }
    this.timeout = timeout;
    return myself();
  }

  private RetentionMapAssert<K, V> releases(
      MapPart part, Consumer<? super Map<K, V>> removal, String removalName) {
    isNotNull();
    rejectInputThatProvesNothing(part, removalName);
    ExplainSettings settings = ExplainSettings.fromSystemProperties();
    RetentionProbe probe = part.probe(actual, settings.describe());
    remove(part, removal, removalName);
    RetentionVerdict verdict = probe.awaitRelease(timeout);
    if (!verdict.released()) {
      throwAssertionError(shouldBeCollectable(part.description(), removalName,
          RetentionExplainer.explain(probe, verdict, settings)));
    }
    return myself();
  }

  private void rejectInputThatProvesNothing(MapPart part, String removalName) {
    List<String> constants = new ArrayList<>();
    int[] counts = new int[2]; // watched objects, constants among them
    part.forEach(actual, (kind, object) -> {
      counts[0]++;
      Optional<String> reason = JvmConstants.whyAlwaysReachable(object);
      if (reason.isPresent()) {
        counts[1]++;
        if (constants.size() < MAX_CONSTANTS_LISTED) {
          constants.add(kind + " " + Descriptions.describe(object) + " ("
              + object.getClass().getName() + "), kept by " + reason.get());
        }
      }
      return true;
    });
    if (counts[0] == 0) {
      throwAssertionError(shouldHaveObjectsToProve(part.description(), removalName, actual));
    }
    if (counts[1] > 0) {
      throwAssertionError(
          shouldNotBeJvmConstants(part.description(), removalName, constants, counts[1]));
    }
  }

  private void remove(MapPart part, Consumer<? super Map<K, V>> removal, String removalName) {
    try {
      removal.accept(actual);
    } catch (RuntimeException thrown) {
      throwAssertionError(shouldBeRemovable(part.description(), removalName, actual, thrown));
    }
  }

  @SuppressWarnings("unchecked")
  private RetentionMapAssert<K, V> myself() {
    return (RetentionMapAssert<K, V>) myself;
  }
}
