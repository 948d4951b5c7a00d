/**
 * Request attributes kept in a {@code ThreadLocal} map and never removed, so the pooled worker
 * thread keeps the last request's session after the task ends; the fix removes the map in
 * {@code finally}.
 */
package org.retention.samples.threadlocal;
