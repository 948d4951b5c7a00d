package org.retention.assertj;

import org.retention.core.explain.HoldsCheckedObjects;
import static org.retention.assertj.error.ShouldBeCollectable.shouldBeCollectable;
import static org.retention.assertj.error.ShouldBeRemovable.shouldBeRemovable;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.Condition;
import org.assertj.core.api.MapAssert;
import org.assertj.core.description.Description;
import org.assertj.core.internal.Failures;
import org.assertj.core.presentation.Representation;
import org.retention.core.CheckResult;
import org.retention.core.CheckSettings;
import org.retention.core.FootprintCheck;
import org.retention.core.RetentionCheck;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.probe.DescribeMode;
import org.retention.core.probe.RetentionProbe;

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
 * each of the first few with its shortest path from a GC root, read from a heap dump (system
 * properties {@value ExplainSettings#EXPLAIN}, {@value
 * ExplainSettings#KEEP_HEAP_DUMPS} and {@value DescribeMode#KEY} configure it), and it refuses
 * inputs that could prove nothing: a null map, a map with nothing to watch, an unmodifiable map,
 * and objects the JVM keeps alive forever (small boxed integers, enum constants, interned
 * strings).
 *
 * <p><b>Chaining.</b> Every inherited assertion returns {@code RetentionMapAssert}, except the
 * ones AssertJ declares {@code final} (its {@code @SafeVarargs} varargs methods), which Java
 * cannot let a subclass override. They return a plain {@code MapAssert}, so put them last in a
 * chain or start a new one: {@code contains(Map.Entry...)}, {@code containsAnyOf(Map.Entry...)},
 * {@code containsExactly(Map.Entry...)}, {@code containsOnly(Map.Entry...)}, {@code
 * doesNotContain(Map.Entry...)}, {@code containsKeys(K...)}, {@code containsOnlyKeys(K...)},
 * {@code doesNotContainKeys(K...)}, {@code containsValues(V...)}, {@code satisfies(Consumer...)},
 * {@code satisfies(ThrowingConsumer...)}, {@code satisfiesAnyOf(Consumer...)} and {@code
 * satisfiesAnyOf(ThrowingConsumer...)}.
 *
 * <p><b>Soft assertions.</b> {@link RetentionSoftAssertions} collects the failures of these
 * assertions, {@link #footprintAfterClear()}'s included, instead of stopping at the first.
 *
 * @param <K> the type of the map's keys
 * @param <V> the type of the map's values
 */
// AssertJ's soft-assertion proxies call the assertion through AssertJ's own frames.
@HoldsCheckedObjects(alsoFramesOf = "org.assertj.core")
public class RetentionMapAssert<K, V> extends MapAssert<K, V> {
  private static final String CLEAR = "clear()";

  /** Set by {@link #withTimeout}; null leaves the configured timeout ({@value CheckSettings#TIMEOUT}). */
  private Duration timeout;
  /** Soft assertions swap this for a factory of soft long assertions. */
  Function<Long, AbstractLongAssert<?>> longAssertions = Assertions::assertThat;

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
    return releases(MapPart.VALUES, Map::clear, CLEAR, false);
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
    return releases(MapPart.KEYS, Map::clear, CLEAR, false);
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
    return releases(MapPart.ENTRIES, Map::clear, CLEAR, false);
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
    return releases(MapPart.VALUES, removal, "the given removal", true);
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
  public final AbstractLongAssert<?> footprintAfterClear() {
    // Final, so that a soft-assertion proxy cannot intercept it and swallow the long assertion it
    // returns: the proxy intercepts the hook instead, and a failure there leaves a null footprint.
    Long bytes = bytesAfterClear();
    String name = !info.descriptionText().isEmpty() ? info.descriptionText()
        : actual == null ? "null" : actual.getClass().getName();
    return longAssertions.apply(bytes).as("footprint in bytes of %s after clear()", name);
  }

  /**
   * Clears the map and measures it: the part of {@link #footprintAfterClear()} that can fail, kept
   * apart so that soft assertions collect its failure and still return a long assertion.
   *
   * @return the footprint in bytes
   * @throws AssertionError if the map is null or cannot be cleared
   */
  protected Long bytesAfterClear() {
    isNotNull();
    try {
      actual.clear();
    } catch (RuntimeException thrown) {
      throwAssertionError(shouldBeRemovable(MapPart.VALUES.description(), CLEAR, actual, thrown,
          settings().explain().describe()));
    }
    return FootprintCheck.bytesOf(actual);
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
    this.timeout = CheckSettings.requireTimeout(timeout);
    return myself();
  }

  private RetentionMapAssert<K, V> releases(
      MapPart part, Consumer<? super Map<K, V>> removal, String removalName, boolean onlyRemoved) {
    isNotNull();
    RetentionCheck check = RetentionCheck.expecting(part.description(), removalName)
        .reportedAs("assertj", info.descriptionText().isEmpty() ? caller() : info.descriptionText())
        .with(settings());
    RetentionCheck.Contents contents = part.contents(actual);
    Supplier<String> container = () -> info.representation().toStringOf(actual);
    Runnable remove = () -> removal.accept(actual);
    CheckResult result = onlyRemoved
        ? check.releasesRemoved(contents, container, actual.getClass(), remove)
        : check.releasesAll(contents, container, actual.getClass(), remove);
    if (result.failed()) {
      throwAssertionError(shouldBeCollectable(result));
    }
    return myself();
  }

  private CheckSettings settings() {
    CheckSettings settings = CheckSettings.fromSystemProperties();
    return timeout == null ? settings : settings.withTimeout(timeout);
  }

  /** The first frame outside Retention and AssertJ: the test that asserted, for the report. */
  static String caller() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(frame -> !frame.getClassName().startsWith("org.retention.")
            && !frame.getClassName().startsWith("org.assertj."))
        .findFirst()
        .map(frame -> frame.getClassName() + "." + frame.getMethodName() + ":"
            + frame.getLineNumber())
        .orElse("an assertion"));
  }

  /*
   * Every map assertion inherited from AssertJ, overridden only to return RetentionMapAssert, so
   * that a Retention assertion can follow any of them: MapAssert fixes AssertJ's SELF type to
   * MapAssert. Derived by reflection from assertj-core 3.27.7 and guarded by
   * RetentionMapAssert_chaining_Test, which fails when an AssertJ upgrade adds one.
   */

  // Description, failure message and representation: AssertJ keeps these out of soft proxies.
  @Override public RetentionMapAssert<K, V> as(String description, Object... args) {
    return chained(() -> super.as(description, args)); }
  @Override public RetentionMapAssert<K, V> as(Description description) {
    return chained(() -> super.as(description)); }
  @Override public RetentionMapAssert<K, V> as(Supplier<String> description) {
    return chained(() -> super.as(description)); }
  @Override public RetentionMapAssert<K, V> describedAs(String description, Object... args) {
    return chained(() -> super.describedAs(description, args)); }
  @Override public RetentionMapAssert<K, V> describedAs(Description description) {
    return chained(() -> super.describedAs(description)); }
  @Override public RetentionMapAssert<K, V> describedAs(Supplier<String> description) {
    return chained(() -> super.describedAs(description)); }
  @Override public RetentionMapAssert<K, V> withFailMessage(String message, Object... args) {
    return chained(() -> super.withFailMessage(message, args)); }
  @Override public RetentionMapAssert<K, V> withFailMessage(Supplier<String> supplier) {
    return chained(() -> super.withFailMessage(supplier)); }
  @Override public RetentionMapAssert<K, V> overridingErrorMessage(String message, Object... args) {
    return chained(() -> super.overridingErrorMessage(message, args)); }
  @Override public RetentionMapAssert<K, V> overridingErrorMessage(Supplier<String> supplier) {
    return chained(() -> super.overridingErrorMessage(supplier)); }
  @Override public RetentionMapAssert<K, V> withRepresentation(Representation representation) {
    return chained(() -> super.withRepresentation(representation)); }
  @Override public RetentionMapAssert<K, V> withThreadDumpOnError() {
    return chained(() -> super.withThreadDumpOnError()); }

  // Comparison strategy.
  @Override public RetentionMapAssert<K, V> usingComparator(
      Comparator<? super Map<K, V>> comparator, String description) {
    return chained(() -> super.usingComparator(comparator, description)); }
  @Override public RetentionMapAssert<K, V> usingComparator(
      Comparator<? super Map<K, V>> comparator) {
    return chained(() -> super.usingComparator(comparator)); }
  @Override public RetentionMapAssert<K, V> usingDefaultComparator() {
    return chained(() -> super.usingDefaultComparator()); }
  @Override public RetentionMapAssert<K, V> usingEquals(
      BiPredicate<? super Map<K, V>, ? super Map<K, V>> predicate, String description) {
    return chained(() -> super.usingEquals(predicate, description)); }
  @Override public RetentionMapAssert<K, V> usingEquals(
      BiPredicate<? super Map<K, V>, ? super Map<K, V>> predicate) {
    return chained(() -> super.usingEquals(predicate)); }
  @Override public <T> RetentionMapAssert<K, V> usingComparatorForType(
      Comparator<? super T> comparator, Class<T> type) {
    return chained(() -> super.usingComparatorForType(comparator, type)); }
  @Deprecated @Override public <T> RetentionMapAssert<K, V> usingComparatorForFields(
      Comparator<T> comparator, String... fields) {
    return chained(() -> super.usingComparatorForFields(comparator, fields)); }
  @Deprecated @Override public RetentionMapAssert<K, V> usingElementComparator(
      Comparator<? super Map.Entry<? extends K, ? extends V>> comparator) {
    return chained(() -> super.usingElementComparator(comparator)); }
  @Deprecated @Override public RetentionMapAssert<K, V> usingDefaultElementComparator() {
    return chained(() -> super.usingDefaultElementComparator()); }

  // Size.
  @Override public RetentionMapAssert<K, V> isNotNull() { return chained(() -> super.isNotNull()); }
  @Override public RetentionMapAssert<K, V> isNotEmpty() {
    return chained(() -> super.isNotEmpty()); }
  @Override public RetentionMapAssert<K, V> hasSize(int expected) {
    return chained(() -> super.hasSize(expected)); }
  @Override public RetentionMapAssert<K, V> hasSizeBetween(int min, int max) {
    return chained(() -> super.hasSizeBetween(min, max)); }
  @Override public RetentionMapAssert<K, V> hasSizeGreaterThan(int boundary) {
    return chained(() -> super.hasSizeGreaterThan(boundary)); }
  @Override public RetentionMapAssert<K, V> hasSizeGreaterThanOrEqualTo(int boundary) {
    return chained(() -> super.hasSizeGreaterThanOrEqualTo(boundary)); }
  @Override public RetentionMapAssert<K, V> hasSizeLessThan(int boundary) {
    return chained(() -> super.hasSizeLessThan(boundary)); }
  @Override public RetentionMapAssert<K, V> hasSizeLessThanOrEqualTo(int boundary) {
    return chained(() -> super.hasSizeLessThanOrEqualTo(boundary)); }
  @Override public RetentionMapAssert<K, V> hasSameSizeAs(Object other) {
    return chained(() -> super.hasSameSizeAs(other)); }
  @Override public RetentionMapAssert<K, V> hasSameSizeAs(Iterable<?> other) {
    return chained(() -> super.hasSameSizeAs(other)); }
  @Override public RetentionMapAssert<K, V> hasSameSizeAs(Map<?, ?> other) {
    return chained(() -> super.hasSameSizeAs(other)); }

  // Entries, keys and values.
  @Override public RetentionMapAssert<K, V> containsEntry(K key, V value) {
    return chained(() -> super.containsEntry(key, value)); }
  @Override public RetentionMapAssert<K, V> doesNotContainEntry(K key, V value) {
    return chained(() -> super.doesNotContainEntry(key, value)); }
  @Override public RetentionMapAssert<K, V> containsAllEntriesOf(
      Map<? extends K, ? extends V> other) {
    return chained(() -> super.containsAllEntriesOf(other)); }
  @Override public RetentionMapAssert<K, V> containsExactlyEntriesOf(
      Map<? extends K, ? extends V> map) {
    return chained(() -> super.containsExactlyEntriesOf(map)); }
  @Override public RetentionMapAssert<K, V> containsExactlyInAnyOrderEntriesOf(
      Map<? extends K, ? extends V> map) {
    return chained(() -> super.containsExactlyInAnyOrderEntriesOf(map)); }
  @Override public RetentionMapAssert<K, V> containsKey(K key) {
    return chained(() -> super.containsKey(key)); }
  @Override public RetentionMapAssert<K, V> doesNotContainKey(K key) {
    return chained(() -> super.doesNotContainKey(key)); }
  @Override public RetentionMapAssert<K, V> containsOnlyKeys(Iterable<? extends K> keys) {
    return chained(() -> super.containsOnlyKeys(keys)); }
  @Override public RetentionMapAssert<K, V> containsValue(V value) {
    return chained(() -> super.containsValue(value)); }
  @Override public RetentionMapAssert<K, V> doesNotContainValue(V value) {
    return chained(() -> super.doesNotContainValue(value)); }
  @Override public RetentionMapAssert<K, V> hasEntrySatisfying(
      K key, Condition<? super V> valueCondition) {
    return chained(() -> super.hasEntrySatisfying(key, valueCondition)); }
  @Override public RetentionMapAssert<K, V> hasEntrySatisfying(
      K key, Consumer<? super V> requirements) {
    return chained(() -> super.hasEntrySatisfying(key, requirements)); }
  @Override public RetentionMapAssert<K, V> hasEntrySatisfying(
      Condition<? super K> keyCondition, Condition<? super V> valueCondition) {
    return chained(() -> super.hasEntrySatisfying(keyCondition, valueCondition)); }
  @Override public RetentionMapAssert<K, V> hasEntrySatisfying(
      Condition<? super Map.Entry<K, V>> condition) {
    return chained(() -> super.hasEntrySatisfying(condition)); }
  @Override public RetentionMapAssert<K, V> hasKeySatisfying(Condition<? super K> keyCondition) {
    return chained(() -> super.hasKeySatisfying(keyCondition)); }
  @Override public RetentionMapAssert<K, V> hasValueSatisfying(
      Condition<? super V> valueCondition) {
    return chained(() -> super.hasValueSatisfying(valueCondition)); }
  @Override public RetentionMapAssert<K, V> allSatisfy(
      BiConsumer<? super K, ? super V> requirements) {
    return chained(() -> super.allSatisfy(requirements)); }
  @Override public RetentionMapAssert<K, V> anySatisfy(
      BiConsumer<? super K, ? super V> requirements) {
    return chained(() -> super.anySatisfy(requirements)); }
  @Override public RetentionMapAssert<K, V> noneSatisfy(
      BiConsumer<? super K, ? super V> requirements) {
    return chained(() -> super.noneSatisfy(requirements)); }
  @Override public RetentionMapAssert<K, V> isUnmodifiable() {
    return chained(() -> super.isUnmodifiable()); }

  // Equality, identity and type.
  @Override public RetentionMapAssert<K, V> isEqualTo(Object expected) {
    return chained(() -> super.isEqualTo(expected)); }
  @Override public RetentionMapAssert<K, V> isNotEqualTo(Object other) {
    return chained(() -> super.isNotEqualTo(other)); }
  @Override public RetentionMapAssert<K, V> isSameAs(Object expected) {
    return chained(() -> super.isSameAs(expected)); }
  @Override public RetentionMapAssert<K, V> isNotSameAs(Object other) {
    return chained(() -> super.isNotSameAs(other)); }
  @Override public RetentionMapAssert<K, V> isIn(Object... values) {
    return chained(() -> super.isIn(values)); }
  @Override public RetentionMapAssert<K, V> isIn(Iterable<?> values) {
    return chained(() -> super.isIn(values)); }
  @Override public RetentionMapAssert<K, V> isNotIn(Object... values) {
    return chained(() -> super.isNotIn(values)); }
  @Override public RetentionMapAssert<K, V> isNotIn(Iterable<?> values) {
    return chained(() -> super.isNotIn(values)); }
  @Override public RetentionMapAssert<K, V> isInstanceOf(Class<?> type) {
    return chained(() -> super.isInstanceOf(type)); }
  @Override public RetentionMapAssert<K, V> isNotInstanceOf(Class<?> type) {
    return chained(() -> super.isNotInstanceOf(type)); }
  @Override public RetentionMapAssert<K, V> isInstanceOfAny(Class<?>... types) {
    return chained(() -> super.isInstanceOfAny(types)); }
  @Override public RetentionMapAssert<K, V> isNotInstanceOfAny(Class<?>... types) {
    return chained(() -> super.isNotInstanceOfAny(types)); }
  @Override public RetentionMapAssert<K, V> isExactlyInstanceOf(Class<?> type) {
    return chained(() -> super.isExactlyInstanceOf(type)); }
  @Override public RetentionMapAssert<K, V> isNotExactlyInstanceOf(Class<?> type) {
    return chained(() -> super.isNotExactlyInstanceOf(type)); }
  @Override public RetentionMapAssert<K, V> isOfAnyClassIn(Class<?>... types) {
    return chained(() -> super.isOfAnyClassIn(types)); }
  @Override public RetentionMapAssert<K, V> isNotOfAnyClassIn(Class<?>... types) {
    return chained(() -> super.isNotOfAnyClassIn(types)); }
  @Override public <T> RetentionMapAssert<K, V> isInstanceOfSatisfying(
      Class<T> type, Consumer<T> requirements) {
    return chained(() -> super.isInstanceOfSatisfying(type, requirements)); }
  @Override public RetentionMapAssert<K, V> hasSameClassAs(Object other) {
    return chained(() -> super.hasSameClassAs(other)); }
  @Override public RetentionMapAssert<K, V> doesNotHaveSameClassAs(Object other) {
    return chained(() -> super.doesNotHaveSameClassAs(other)); }
  @Override public RetentionMapAssert<K, V> hasSameHashCodeAs(Object other) {
    return chained(() -> super.hasSameHashCodeAs(other)); }
  @Override public RetentionMapAssert<K, V> doesNotHaveSameHashCodeAs(Object other) {
    return chained(() -> super.doesNotHaveSameHashCodeAs(other)); }
  @Override public RetentionMapAssert<K, V> hasToString(String template, Object... args) {
    return chained(() -> super.hasToString(template, args)); }
  @Override public RetentionMapAssert<K, V> hasToString(String expected) {
    return chained(() -> super.hasToString(expected)); }
  @Override public RetentionMapAssert<K, V> doesNotHaveToString(String template, Object... args) {
    return chained(() -> super.doesNotHaveToString(template, args)); }
  @Override public RetentionMapAssert<K, V> doesNotHaveToString(String expected) {
    return chained(() -> super.doesNotHaveToString(expected)); }

  // Conditions, predicates and extracted values.
  @Override public RetentionMapAssert<K, V> is(Condition<? super Map<K, V>> condition) {
    return chained(() -> super.is(condition)); }
  @Override public RetentionMapAssert<K, V> isNot(Condition<? super Map<K, V>> condition) {
    return chained(() -> super.isNot(condition)); }
  @Override public RetentionMapAssert<K, V> has(Condition<? super Map<K, V>> condition) {
    return chained(() -> super.has(condition)); }
  @Override public RetentionMapAssert<K, V> doesNotHave(Condition<? super Map<K, V>> condition) {
    return chained(() -> super.doesNotHave(condition)); }
  @Override public RetentionMapAssert<K, V> satisfies(Condition<? super Map<K, V>> condition) {
    return chained(() -> super.satisfies(condition)); }
  @Override public RetentionMapAssert<K, V> matches(
      Predicate<? super Map<K, V>> predicate, String description) {
    return chained(() -> super.matches(predicate, description)); }
  @Override public RetentionMapAssert<K, V> matches(Predicate<? super Map<K, V>> predicate) {
    return chained(() -> super.matches(predicate)); }
  @Override public RetentionMapAssert<K, V> doesNotMatch(
      Predicate<? super Map<K, V>> predicate, String description) {
    return chained(() -> super.doesNotMatch(predicate, description)); }
  @Override public RetentionMapAssert<K, V> doesNotMatch(Predicate<? super Map<K, V>> predicate) {
    return chained(() -> super.doesNotMatch(predicate)); }
  @Override public <T> RetentionMapAssert<K, V> returns(T expected, Function<Map<K, V>, T> from) {
    return chained(() -> super.returns(expected, from)); }
  @Override public <T> RetentionMapAssert<K, V> doesNotReturn(
      T expected, Function<Map<K, V>, T> from) {
    return chained(() -> super.doesNotReturn(expected, from)); }

  // Fields and properties of the map object itself.
  @Override public RetentionMapAssert<K, V> hasFieldOrProperty(String name) {
    return chained(() -> super.hasFieldOrProperty(name)); }
  @Override public RetentionMapAssert<K, V> hasFieldOrPropertyWithValue(String name, Object value) {
    return chained(() -> super.hasFieldOrPropertyWithValue(name, value)); }
  @Override public RetentionMapAssert<K, V> hasAllNullFieldsOrProperties() {
    return chained(() -> super.hasAllNullFieldsOrProperties()); }
  @Override public RetentionMapAssert<K, V> hasAllNullFieldsOrPropertiesExcept(String... ignored) {
    return chained(() -> super.hasAllNullFieldsOrPropertiesExcept(ignored)); }
  @Override public RetentionMapAssert<K, V> hasNoNullFieldsOrProperties() {
    return chained(() -> super.hasNoNullFieldsOrProperties()); }
  @Override public RetentionMapAssert<K, V> hasNoNullFieldsOrPropertiesExcept(String... ignored) {
    return chained(() -> super.hasNoNullFieldsOrPropertiesExcept(ignored)); }
  @Override public RetentionMapAssert<K, V> hasOnlyFields(String... fields) {
    return chained(() -> super.hasOnlyFields(fields)); }
  @Deprecated @Override public RetentionMapAssert<K, V> isEqualToComparingFieldByField(
      Object other) {
    return chained(() -> super.isEqualToComparingFieldByField(other)); }
  @Deprecated @Override public RetentionMapAssert<K, V> isEqualToComparingFieldByFieldRecursively(
      Object other) {
    return chained(() -> super.isEqualToComparingFieldByFieldRecursively(other)); }
  @Deprecated @Override public RetentionMapAssert<K, V> isEqualToComparingOnlyGivenFields(
      Object other, String... compared) {
    return chained(() -> super.isEqualToComparingOnlyGivenFields(other, compared)); }
  @Deprecated @Override public RetentionMapAssert<K, V> isEqualToIgnoringGivenFields(
      Object other, String... ignored) {
    return chained(() -> super.isEqualToIgnoringGivenFields(other, ignored)); }
  @Deprecated @Override public RetentionMapAssert<K, V> isEqualToIgnoringNullFields(Object other) {
    return chained(() -> super.isEqualToIgnoringNullFields(other)); }

  /**
   * Runs an inherited assertion and returns this one. A failure thrown from inside AssertJ loses
   * only AssertJ's frames, so this class's frames are dropped here too: the stack trace, and the
   * location that soft assertions print, then start at the caller's line.
   */
  private RetentionMapAssert<K, V> chained(Runnable inherited) {
    try {
      inherited.run();
    } catch (AssertionError failure) {
      if (Failures.instance().isRemoveAssertJRelatedElementsFromStackTrace()) {
        failure.setStackTrace(Arrays.stream(failure.getStackTrace())
            .filter(frame -> !frame.getClassName().startsWith(RetentionMapAssert.class.getName()))
            .toArray(StackTraceElement[]::new));
      }
      throw failure;
    }
    return myself();
  }

  @SuppressWarnings("unchecked")
  private RetentionMapAssert<K, V> myself() {
    return (RetentionMapAssert<K, V>) myself;
  }
}
