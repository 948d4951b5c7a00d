/**
 * Watching objects and deciding whether they became collectable.
 *
 * <p>Start with {@link org.retention.core.probe.RetentionProbe}: build it from the objects under
 * test, drop them, and ask for a {@link org.retention.core.probe.RetentionVerdict}.
 */
package org.retention.core.probe;
