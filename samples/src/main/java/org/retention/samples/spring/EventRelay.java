package org.retention.samples.spring;

import org.retention.samples.eventbus.EventBus;
import org.retention.samples.eventbus.Listener;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Relays every event of {@link EventBus#GLOBAL} to its application context's listeners: it
 * subscribes itself as soon as Spring hands it the context. Whether it unsubscribes is its
 * subclass's business.
 *
 * <pre>{@code
 * try (var context = new AnnotationConfigApplicationContext(FixedEventRelay.class)) {
 *   EventBus.GLOBAL.publish("maintenance at 22:00"); // reaches the context's listeners
 * }
 * }</pre>
 */
public abstract class EventRelay implements ApplicationContextAware, Listener {
  private ApplicationContext context;

  @Override
  public void setApplicationContext(ApplicationContext context) {
    this.context = context;
    EventBus.GLOBAL.subscribe(this);
  }

  @Override
  public void onEvent(String event) {
    // A closed context has no listeners left to tell (and would refuse the event).
    if (context instanceof ConfigurableApplicationContext running && !running.isActive()) {
      return;
    }
    context.publishEvent(event);
  }
}
