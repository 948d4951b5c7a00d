/**
 * A Spring bean that relays the application's static event bus into its context: it subscribes
 * itself when it gets the context and never unsubscribes, so the bus keeps every closed context;
 * the fix unsubscribes when its context closes.
 */
package org.retention.samples.spring;
