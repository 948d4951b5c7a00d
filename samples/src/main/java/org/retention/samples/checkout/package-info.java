/**
 * A checkout handler that adds a listener to the application's payment bus for every order and
 * never removes it; the fixed handler removes it in a {@code finally}. Found by a growth check:
 * {@code assertThatRepeated(...).doesNotLeak()} or {@code @NoHeapGrowth}.
 */
package org.retention.samples.checkout;
