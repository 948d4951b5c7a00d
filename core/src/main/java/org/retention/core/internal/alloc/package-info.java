/**
 * Where growing objects were allocated: an opt-in agent ({@code -javaagent:retention-core.jar})
 * that adds a call at the start of the growing classes' constructors for the last window of a
 * growth check, and the recordings of the stacks that call reported.
 */
package org.retention.core.internal.alloc;
