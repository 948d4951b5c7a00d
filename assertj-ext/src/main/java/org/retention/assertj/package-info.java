/**
 * AssertJ assertions that prove a map lets go of its values, keys or entries.
 *
 * <pre>{@code
 * import static org.retention.assertj.RetentionAssertions.assertThat;
 *
 * assertThat(cache.asMap()).releasesValuesAfterClear();
 * }</pre>
 */
package org.retention.assertj;
