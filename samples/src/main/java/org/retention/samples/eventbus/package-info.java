/**
 * A session cache that subscribes one listener per session to the application's static event
 * bus and forgets to unsubscribe it on logout, so the bus keeps every session; the fix
 * unsubscribes.
 */
package org.retention.samples.eventbus;
