/**
 * Thread leaks: a connection pool whose evictor outlives {@code close()}, a mailer whose executor
 * is never shut down, and a heartbeat whose {@code Timer} is never cancelled; each shipped and
 * fixed, under the same thread-leak check.
 */
package org.retention.samples.threads;
