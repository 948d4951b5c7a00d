package org.retention.samples.spring;

import org.retention.samples.eventbus.EventBus;
import org.springframework.beans.factory.DisposableBean;

/**
 * Unsubscribes when its context closes (Spring destroys its singletons on close), so the closed
 * context can be collected.
 *
 * <pre>{@code
 * new AnnotationConfigApplicationContext(FixedEventRelay.class).close(); // released
 * }</pre>
 */
public class FixedEventRelay extends EventRelay implements DisposableBean {
  @Override
  public void destroy() {
    EventBus.GLOBAL.unsubscribe(this);
  }
}
