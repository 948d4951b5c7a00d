package org.retention.spring;

import java.lang.ref.WeakReference;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The fixtures' Spring configurations: beans that leak their context, and their fixed twins. Every
 * configuration has a {@link ContextSpy}, so that a test can establish, without Retention, whether
 * the closed context really is collectable.
 */
final class Beans {
  /** A weak reference to each context a fixture loaded, in load order; emptied by every test. */
  static final Queue<WeakReference<ApplicationContext>> LOADED = new ConcurrentLinkedQueue<>();
  /** What stops the threads that fixtures leave running; run by every test. */
  static final Queue<Thread> STARTED = new ConcurrentLinkedQueue<>();

  private Beans() {}

  /** Records its context, weakly. */
  static final class ContextSpy implements ApplicationContextAware {
    @Override
    public void setApplicationContext(ApplicationContext context) {
      LOADED.add(new WeakReference<>(context));
    }
  }

  /** The bug: holds its context and registers itself in a static list, forever. */
  static final class ContextAwareListener implements ApplicationContextAware {
    ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext context) {
      this.context = context;
      Registry.INSTANCES.add(this);
    }
  }

  /** The fix: the same, but it unregisters when its context closes. */
  static final class UnregisteringListener implements ApplicationContextAware, DisposableBean {
    ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext context) {
      this.context = context;
      Registry.INSTANCES.add(this);
    }

    @Override
    public void destroy() {
      Registry.INSTANCES.remove(this);
    }
  }

  /** Registers itself in a static list but knows nothing of its context. */
  static final class SelfRegistering {
    SelfRegistering() {
      Registry.INSTANCES.add(this);
    }
  }

  /** Starts a thread that holds the bean, and so its context, and never stops it. */
  static final class ContextPoller implements ApplicationContextAware {
    ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext context) {
      this.context = context;
      Thread poller = new Thread(this::poll, "context-poller");
      poller.setDaemon(true);
      STARTED.add(poller);
      poller.start();
    }

    private void poll() {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException stopped) {
        // the test's cleanup
      }
    }
  }

  // Each configuration has a ContextSpy, through which the tests measure the truth.
  @Configuration @Import({ContextSpy.class, ContextAwareListener.class}) static class LeakingConfig {}

  @Configuration @Import({ContextSpy.class, UnregisteringListener.class}) static class FixedConfig {}

  @Configuration @Import({ContextSpy.class, SelfRegistering.class}) static class SelfRegisteringConfig {}

  @Configuration @Import({ContextSpy.class, ContextPoller.class}) static class ThreadConfig {}

  /** Cleans up what the fixtures leaked. */
  static void release() {
    Registry.INSTANCES.clear();
    for (Thread thread = STARTED.poll(); thread != null; thread = STARTED.poll()) {
      thread.interrupt();
    }
    LOADED.clear();
  }
}
