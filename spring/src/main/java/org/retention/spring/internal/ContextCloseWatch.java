package org.retention.spring.internal;

import java.lang.ref.WeakReference;
import org.retention.core.ContextCounter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Hears one application context close, whoever closes it: {@code @DirtiesContext}, or the context
 * cache evicting it while another class loads its own, outside every callback of the listener.
 * Added once to the context itself; holds it only weakly. It also counts the context for the
 * suite summary: created when first watched, closed when it closes.
 *
 * <pre>{@code
 * ContextCloseWatch.watch(context, run, counter);   // run: the class that uses it now
 * }</pre>
 */
final class ContextCloseWatch implements ApplicationListener<ContextClosedEvent> {
  private final WeakReference<ApplicationContext> context;
  private final ContextCounter counter;
  /** The checked class that used the context last: the owner a failure names. */
  private volatile ClassRun lastUser;

  private ContextCloseWatch(ApplicationContext context, ClassRun user, ContextCounter counter) {
    this.context = new WeakReference<>(context);
    this.counter = counter;
    this.lastUser = user;
  }

  /**
   * Watches {@code context} for its close, once however many classes use it, and makes {@code
   * user} its last user; {@code counter} counts it as created the first time. A context that is no {@link AbstractApplicationContext} (every context
   * the TestContext framework loads is one) cannot be listened to once refreshed, and is not
   * watched.
   */
  static void watch(ApplicationContext context, ClassRun user, ContextCounter counter) {
    if (!(context instanceof AbstractApplicationContext listenable)) {
      return;
    }
    // Classes that share a cached context may learn it at once, on several threads.
    synchronized (ContextCloseWatch.class) {
      for (ApplicationListener<?> listener : listenable.getApplicationListeners()) {
        if (listener instanceof ContextCloseWatch watch) {
          watch.lastUser = user;
          return;
        }
      }
      listenable.addApplicationListener(new ContextCloseWatch(context, user, counter));
      counter.created();
    }
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    ApplicationContext closed = event.getApplicationContext();
    // A child context's close event reaches its parent's listeners too.
    if (!context.refersTo(closed)) {
      return;
    }
    counter.closed();
    ClassRun owner = lastUser;
    ClassRun running = ClassRun.onThisThread().orElse(owner);
    if (running != null && !running.finished()) {
      running.closed(closed, owner == null ? running.testClass() : owner.testClass());
    }
  }
}
