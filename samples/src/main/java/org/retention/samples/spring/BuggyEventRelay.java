package org.retention.samples.spring;

import org.retention.samples.eventbus.EventBus;

/**
 * Never unsubscribes: {@link EventBus#GLOBAL} keeps the relay, and through it its context, long
 * after the context was closed.
 *
 * <pre>{@code
 * new AnnotationConfigApplicationContext(BuggyEventRelay.class).close(); // the bus keeps it
 * }</pre>
 */
public class BuggyEventRelay extends EventRelay {}
