package org.retention.assertj;

import org.retention.core.explain.HoldsCheckedObjects;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.LongAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * AssertJ's soft assertions plus Retention's map assertions: every failure is collected and
 * reported together at the end, retention failures included.
 *
 * <pre>{@code
 * RetentionSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(sessions).releasesValuesAfterClear();
 *   softly.assertThat(tokens).releasesKeysAfterClear();
 *   softly.assertThat(bigMap).footprintAfterClear().isLessThan(4_096);
 * });   // fails once, listing every assertion that failed
 * }</pre>
 *
 * <p>With JUnit 5, AssertJ's {@code SoftAssertionsExtension} injects it into a field annotated
 * {@code @InjectSoftAssertions} or a test method parameter, and asserts all after the test.
 *
 * <p>It is built from the same parts as AssertJ's {@code SoftAssertions} (every soft {@code
 * assertThat} of {@link StandardSoftAssertionsProvider}) rather than extending it, because a
 * subclass could not declare its own typed {@link #assertSoftly(Consumer)}: the inherited {@code
 * SoftAssertions.assertSoftly(Consumer<SoftAssertions>)} has the same erasure, and would hand
 * the lambda a {@code SoftAssertions} without the Retention assertions.
 */
@HoldsCheckedObjects(alsoFramesOf = "org.assertj.core")
public class RetentionSoftAssertions extends AbstractSoftAssertions
    implements StandardSoftAssertionsProvider {

  /** Creates an empty collector of failures; used directly or by AssertJ's JUnit extension. */
  public RetentionSoftAssertions() {}

  /**
   * Runs {@code softly} with a fresh {@code RetentionSoftAssertions}, then fails with every
   * collected failure, if any.
   *
   * @param softly the assertions to run
   * @throws AssertionError listing every failed assertion
   */
  public static void assertSoftly(Consumer<RetentionSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(RetentionSoftAssertions.class, softly);
  }

  /**
   * A soft {@link RetentionMapAssert}: its failures, {@link RetentionMapAssert#footprintAfterClear()
   * footprint} assertions included, are collected instead of thrown.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <K, V> RetentionMapAssert<K, V> assertThat(Map<K, V> actual) {
    RetentionMapAssert<K, V> assertion = proxy(RetentionMapAssert.class, Map.class, actual);
    assertion.longAssertions = bytes -> proxy(LongAssert.class, Long.class, bytes);
    return assertion;
  }
}
