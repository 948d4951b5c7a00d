/**
 * Internal, not API. What the JUnit Platform loads as a service: the listener that says, when a
 * test run ends, what this JVM's retention checks came to.
 */
package org.retention.junit.internal;
