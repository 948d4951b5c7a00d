package org.retention.spring.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retention.core.probe.RetentionProbe;
import org.springframework.context.ApplicationContext;

/**
 * One checked test class, from {@code beforeTestClass} to {@code afterTestClass}: the contexts it
 * used, where it stands (so that a close can say why it happened), and the contexts closed while
 * it ran, to prove collectable afterwards. Holds every context only weakly: a check that kept the
 * context alive would prove nothing.
 *
 * <pre>{@code
 * ClassRun run = new ClassRun("com.acme.OrderTest", true);
 * run.enter(Phase.AFTER_METHOD, "placesOrder()", false);
 * run.closed(context, "com.acme.OrderTest");   // from the context's close event
 * Optional<RetentionProbe> toProve = run.finish();
 * }</pre>
 */
final class ClassRun {
  /**
   * The checked class that runs on each thread. Spring publishes a context's close event on the
   * thread that closes it, outside any callback of the listener, and a cache eviction happens while
   * another class loads its context: the event finds the class to blame here.
   */
  private static final ThreadLocal<ClassRun> ON_THREAD = new ThreadLocal<>();

  private final String testClass;
  private final boolean dirtiesClass;
  /** Holds the closed contexts only weakly, like every probe; thread-safe. */
  private final RetentionProbe.Builder closed = RetentionProbe.builder();
  /** Guarded by itself. */
  private final List<WeakReference<ApplicationContext>> used = new ArrayList<>();
  private volatile Phase phase = Phase.BEFORE_CLASS;
  private volatile String method = "";
  private volatile boolean methodDirties;
  private volatile boolean finished;

  /**
   * @param testClass the test class's name
   * @param dirtiesClass whether the class carries {@code @DirtiesContext}
   */
  ClassRun(String testClass, boolean dirtiesClass) {
    this.testClass = testClass;
    this.dirtiesClass = dirtiesClass;
  }

  String testClass() {
    return testClass;
  }

  /** The checked class that runs on this thread, if any. */
  static Optional<ClassRun> onThisThread() {
    ClassRun run = ON_THREAD.get();
    return run == null || run.finished ? Optional.empty() : Optional.of(run);
  }

  /** No checked class runs on this thread. */
  static void leaveThread() {
    ON_THREAD.remove();
  }

  /** The class reached {@code phase} of {@code method} (empty outside methods), on this thread. */
  void enter(Phase phase, String method, boolean methodDirties) {
    this.method = method;
    this.methodDirties = methodDirties;
    this.phase = phase;
    ON_THREAD.set(this);
  }

  /** Remembers that the class uses {@code context}; true the first time. */
  boolean use(ApplicationContext context) {
    synchronized (used) {
      used.removeIf(reference -> reference.refersTo(null));
      if (uses(context)) {
        return false;
      }
      used.add(new WeakReference<>(context));
      return true;
    }
  }

  private boolean uses(ApplicationContext context) {
    synchronized (used) {
      return used.stream().anyMatch(reference -> reference.refersTo(context));
    }
  }

  /**
   * {@code context} closed while this class ran: watch it, described with its id, the class that
   * last used it, and why it was closed.
   */
  void closed(ApplicationContext context, String owner) {
    closed.watch("application context", context, describe(context, owner));
  }

  /** Whether the class is over; closes after that are not its to check. */
  boolean finished() {
    return finished;
  }

  /** Ends the run: the contexts closed during it, if any, to prove collectable. */
  Optional<RetentionProbe> finish() {
    finished = true;
    if (ON_THREAD.get() == this) {
      ON_THREAD.remove();
    }
    return closed.size() == 0 ? Optional.empty() : Optional.of(closed.build());
  }

  private String describe(ApplicationContext context, String owner) {
    String id = context.getId();
    String display = context.getDisplayName();
    String name = id == null ? display : id;
    String text = '"' + name + '"' + (display == null || display.equals(name) ? "" : " (" + display + ")");
    return text + " of " + owner + ", " + reason(context);
  }

  /**
   * Why the context closed. Only the TestContext framework closes a context while a class runs:
   * {@code @DirtiesContext} closes the class's own context at the phase it names, and the cache
   * evicts another class's context when this class loads one that does not fit.
   */
  private String reason(ApplicationContext context) {
    if (!uses(context)) {
      return "evicted from the context cache while " + testClass + " ran";
    }
    Phase now = phase;
    boolean dirties = now.dirtiesContextActs() && (dirtiesClass || methodDirties);
    return (dirties ? "closed by @DirtiesContext " : "closed ") + now.when(method);
  }

  /**
   * Where a class stands, as the listener's callbacks see it. The listener comes first in Spring's
   * "before" callbacks and last in its "after" callbacks, so each phase begins just before (or
   * ends just after) what the other listeners do in it.
   */
  enum Phase {
    /** From {@code beforeTestClass}: {@code @DirtiesContext(classMode = BEFORE_CLASS)}. */
    BEFORE_CLASS("before the class"),
    /** From {@code prepareTestInstance}: the context is loaded and injected. */
    PREPARING("while the test instance was prepared"),
    /** From {@code beforeTestMethod}: {@code @DirtiesContext} before a method. */
    BEFORE_METHOD("before test method %s"),
    /** From {@code beforeTestExecution}: the test method runs. */
    IN_METHOD("while test method %s ran"),
    /** From {@code afterTestExecution}: {@code @DirtiesContext} after a method. */
    AFTER_METHOD("after test method %s"),
    /** From {@code afterTestMethod}: only {@code @DirtiesContext} after the class closes here. */
    AFTER_METHODS("after the class");

    private final String when;

    Phase(String when) {
      this.when = when;
    }

    /** Whether {@code @DirtiesContext} closes contexts in this phase: all but two. */
    boolean dirtiesContextActs() {
      return this != PREPARING && this != IN_METHOD;
    }

    String when(String method) {
      return when.replace("%s", method);
    }
  }
}
