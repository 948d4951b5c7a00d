/**
 * Internal, not API: heap dumps, the HPROF reader and the path search behind a failure's
 * explanation. Loaded only when a check fails.
 */
package org.retention.core.internal.heap;
