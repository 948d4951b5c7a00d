/**
 * How the thread-leak check works: which threads a scope started (a marker context class loader
 * that every new thread inherits), which threads are never blamed, where a thread was started
 * (JFR's {@code jdk.ThreadStart} events), and how a leaked thread is described.
 */
package org.retention.core.internal.threads;
