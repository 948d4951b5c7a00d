/**
 * A thread-safe wrapper map whose {@code clear()} notifies a trace hook, an observability
 * callback, with the cleared entries; the hook keeps them for its debug page, so clearing the
 * map frees nothing. The fixed hook keeps a summary instead.
 */
package org.retention.samples.tracehook;
