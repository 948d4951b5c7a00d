/**
 * {@code ConcurrentHashMap.clear()} racing a concurrent load-then-put: "clear, then assume
 * empty" keeps the session that was loaded before the clear and put after it; the fix swaps in
 * a new map, so whatever lands in the old one goes with it.
 */
package org.retention.samples.race;
