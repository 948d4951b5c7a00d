/**
 * A request handler that memoises prices by the whole request, so a unique request id makes every
 * key new and the memo grows forever; the fixed handler keys the memo by what the price depends
 * on. {@code assertThatRepeated(...).doesNotLeak()} finds it without being told what to watch.
 */
package org.retention.samples.memo;
