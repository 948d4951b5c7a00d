package org.retention.core;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.internal.check.CheckPipeline;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.internal.threads.LeakedThread;
import org.retention.core.internal.threads.ThreadLeaks;
import org.retention.core.internal.threads.ThreadScope;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.LeakedThreadRecord;
import org.retention.core.report.ThreadDetails;

/**
 * The thread-leak check: every thread that a piece of code started, directly or through threads
 * it started, must have ended once a short linger has passed. A thread left running is a GC root
 * that keeps its stack and its thread-locals reachable, and goes on running into later tests.
 *
 * <pre>{@code
 * ThreadLeakCheck check = ThreadLeakCheck.startedBy("the test")
 *     .lingering(Duration.ofMillis(500)).ignoring(List.of("netty-.*"));
 * try (ThreadLeakCheck.Marking marking = check.mark()) {
 *   client.connect();                    // starts "worker-7" and never stops it
 * }
 * CheckResult result = check.check();
 * if (result.failed()) {
 *   throw new AssertionError(result.failureMessage());  // names "worker-7", its state and stack
 * }
 * }</pre>
 *
 * <p><b>Which threads.</b> The check watches the threads constructed while a thread it {@link
 * #mark() marked} ran, and those that they construct in turn: marking sets a small loader, which
 * only delegates, as the marked thread's context class loader, and {@code Thread} copies it into
 * every thread it constructs. So it knows at once which check a thread belongs to, and checks
 * running at the same time on other threads never blame each other's threads, without running one
 * at a time. Threads alive before the check began can never carry its marker.
 *
 * <p><b>Never blamed:</b> the JVM's and the JDK's own threads (Reference Handler, Finalizer,
 * Signal Dispatcher, Common-Cleaner, Attach Listener, Notification Thread, Service Thread,
 * Monitor Deflation Thread, DestroyJavaVM, Keep-Alive-Timer, Keep-Alive-SocketCleaner, the
 * process reaper, JFR's threads, compiler threads, the JDK's innocuous threads); the workers of
 * {@link java.util.concurrent.ForkJoinPool#commonPool()}; JUnit's, surefire's and Gradle's threads
 * (by class, or named {@code junit-*} and {@code surefire-*}); Retention's own ({@code
 * retention-*}); and threads whose whole name matches one of {@link #ignoring(Collection)}.
 *
 * <p><b>Waiting.</b> {@link #check()} joins the first surviving thread until the linger runs out,
 * then looks again, so it never sleeps the whole linger and a check whose threads ended costs one
 * walk over the VM's threads.
 *
 * <p><b>Where a thread was started</b> comes from JFR's {@code jdk.ThreadStart} events, recorded
 * in process from the first marking on, unless {@value #STARTED_AT} is {@code off}: that costs
 * some 300 to 400 ms once per JVM, and a failing check waits up to a few seconds for JFR's next
 * flush.
 */
public final class ThreadLeakCheck {
  /** Configuration parameter: how long threads may take to end, such as {@code 500ms} or {@code 2s}. */
  public static final String LINGER = "retention.threads.linger";

  /** Configuration parameter: {@code jfr} (the default) records where threads start, {@code off} does not. */
  public static final String STARTED_AT = "retention.threads.startedAt";

  /** How long threads may take to end when nobody says otherwise. */
  public static final Duration DEFAULT_LINGER = Duration.ofSeconds(1);

  private final String what;
  private final ThreadScope scope;
  private Duration linger;
  private List<Pattern> ignoring = List.of();
  private CheckSettings settings;
  private String source = "core";
  private String name = "a thread-leak check";

  private ThreadLeakCheck(String what, ThreadScope scope) {
    this.what = what;
    this.scope = scope;
  }

  /**
   * A check worded {@code "Expecting every thread that <what> started to end within ..."}; its
   * scope begins now.
   *
   * @param what what starts the threads, such as {@code "the test"}
   */
  public static ThreadLeakCheck startedBy(String what) {
    return new ThreadLeakCheck(Objects.requireNonNull(what, "what"), new ThreadScope(null));
  }

  /**
   * A check inside {@code enclosing}, such as a test method's inside its class's: a thread that
   * this check blames is never blamed again by {@code enclosing}, and {@code enclosing} also
   * watches the threads this check watches.
   */
  public static ThreadLeakCheck startedBy(String what, ThreadLeakCheck enclosing) {
    return new ThreadLeakCheck(Objects.requireNonNull(what, "what"),
        new ThreadScope(Objects.requireNonNull(enclosing, "enclosing").scope));
  }

  /** How long threads may take to end after the code; {@value #LINGER} or 1 second by default. */
  public ThreadLeakCheck lingering(Duration linger) {
    if (linger.isNegative()) {
      throw new IllegalArgumentException("linger must not be negative: " + linger);
    }
    this.linger = linger;
    return this;
  }

  /**
   * Regular expressions: a thread whose whole name matches one is never blamed.
   *
   * @throws IllegalArgumentException naming a pattern that is not a regular expression
   */
  public ThreadLeakCheck ignoring(Collection<String> regexes) {
    try {
      this.ignoring = regexes.stream().map(Pattern::compile).toList();
    } catch (PatternSyntaxException invalid) {
      throw new IllegalArgumentException("ignoring='" + invalid.getPattern()
          + "': not a regular expression: " + invalid.getDescription(), invalid);
    }
    return this;
  }

  /**
   * How the run's report names this check, of kind {@code threads}.
   *
   * @param source the front end, such as {@code "junit"}
   * @param name the test or class, such as {@code "org.example.ClientTest#connects()"}
   */
  public ThreadLeakCheck reportedAs(String source, String name) {
    this.source = Objects.requireNonNull(source, "source");
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /** Runs with {@code settings} instead of the system properties' ones. */
  public ThreadLeakCheck with(CheckSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** The linger this check waits: the one given, else {@value #LINGER}, else 1 second. */
  public Duration linger() {
    if (linger == null) {
      linger = lingerFrom(settings().parameters());
    }
    return linger;
  }

  /**
   * The linger that {@code parameters} configure, or {@link #DEFAULT_LINGER}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static Duration lingerFrom(Function<String, Optional<String>> parameters) {
    return parameters.apply(LINGER).map(ThreadLeakCheck::parseLinger).orElse(DEFAULT_LINGER);
  }

  /**
   * A linger written {@code 500ms}, {@code 2s}, {@code 1m} or ISO-8601 {@code PT2S}.
   *
   * @throws IllegalArgumentException naming {@value #LINGER} and the bad value
   */
  public static Duration parseLinger(String value) {
    return CheckSettings.duration(LINGER, value);
  }

  /**
   * Marks the current thread until the marking is closed: the threads it constructs meanwhile,
   * and theirs, belong to this check. Close it on the same thread.
   */
  public Marking mark() {
    if (!settings().parameters().apply(STARTED_AT).map(v -> v.trim().toLowerCase(Locale.ROOT))
        .filter("off"::equals).isPresent()) {
      ThreadLeaks.recordStarts();
    }
    return new Marking(scope.mark());
  }

  /**
   * Waits up to the linger for this check's threads to end, and fails, naming each one still
   * alive, with its state, owner, stack and start, when some do not.
   */
  public CheckResult check() {
    long start = System.nanoTime();
    List<Thread> survivors = ThreadLeaks.awaitSurvivors(scope, ignoring, linger());
    List<LeakedThread> leaked = ThreadLeaks.blame(scope, survivors);
    CheckRecord unjudged = new CheckRecord(CheckKind.THREADS, source, name,
        leaked.isEmpty() ? CheckVerdict.RELEASED : CheckVerdict.RETAINED,
        GcCoordinator.shared().collector().displayName(), (System.nanoTime() - start) / 1_000_000,
        Optional.empty(), Optional.empty(), leaked.stream().map(ThreadLeakCheck::leak).toList(),
        new ThreadDetails(leaked.stream().map(thread -> new LeakedThreadRecord(thread.name(),
            thread.state(), thread.daemon(), thread.owner(), thread.startedAt())).toList()));
    return CheckResult.of(CheckPipeline.conclude(unjudged, settings().parameters(),
        judged -> ThreadLeaks.message(what, linger(), leaked)), Optional.empty());
  }

  /** A leaked thread as the report keeps it: the thread is its own root, its start the path. */
  private static LeakRecord leak(LeakedThread thread) {
    String quoted = "thread \"" + thread.name() + "\"";
    return new LeakRecord(ThreadLeaks.fingerprint(thread), quoted, Reachability.STRONG,
        RootKind.THREAD, quoted, thread.startedAt(), 0, Optional.empty());
  }

  private CheckSettings settings() {
    if (settings == null) {
      settings = CheckSettings.fromSystemProperties();
    }
    return settings;
  }

  /** A marked thread; closing it restores the thread's own context class loader. */
  public static final class Marking implements AutoCloseable {
    private final Runnable restore;

    private Marking(Runnable restore) {
      this.restore = restore;
    }

    /** Ends the marking; threads constructed afterwards are not watched. */
    @Override
    public void close() {
      restore.run();
    }
  }
}
