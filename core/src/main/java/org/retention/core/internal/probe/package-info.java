/** Internal, not API: which objects the JVM itself keeps alive, so that no check can use them. */
package org.retention.core.internal.probe;
