/**
 * A {@code WeakHashMap} cache whose value refers to its own key: the map holds values strongly,
 * so the key is always reachable and no entry is ever evicted; the fix keeps the key's id in
 * the value instead of the key.
 */
package org.retention.samples.weakhashmap;
