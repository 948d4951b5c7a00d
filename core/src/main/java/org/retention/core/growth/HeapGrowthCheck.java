package org.retention.core.growth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.CheckResult;
import org.retention.core.CheckSettings;
import org.retention.core.internal.check.CheckPipeline;
import org.retention.core.internal.check.Timeouts;
import org.retention.core.internal.growth.GrowthRecords;
import org.retention.core.internal.text.GrowthMessages;
import org.retention.core.internal.growth.GrowthRun;
import org.retention.core.internal.growth.WindowPlan;

/**
 * Finds the leaks nobody named: repeats an action and reports the objects that accumulate, that
 * is, the classes whose live count grows in every measurement window, with the place where they
 * pile up. Front ends ({@code assertThatRepeated(action).doesNotLeak()}, {@code @NoHeapGrowth})
 * only translate its result: the check records its verdict in the run's report, judged against
 * the baseline, like every other kind of check.
 *
 * <pre>{@code
 * CheckResult result = HeapGrowthCheck.repeating(40)
 *     .reportedAs("core", "HandlerTest#handle")
 *     .with(CheckSettings.fromSystemProperties())
 *     .run(() -> handler.handle(new Request("alice")));
 * if (result.failed()) {
 *   throw new AssertionError(result.failureMessage());   // "Expecting the repeated action not to leak, but ..."
 * }
 * }</pre>
 *
 * <p><b>How it measures.</b> The first repetitions warm up (a quarter of them by default): lazy
 * initialisation, class loading and caches that fill and then evict settle there. The rest form
 * {@value WindowPlan#WINDOWS} windows; after the warm-up and after each window, one proven
 * whole-heap collection and one live class histogram (the VM's own count, on every collector and
 * under {@code -XX:+DisableExplicitGC}); {@link #run} measures a window together with the next
 * one when no other thread allocated during it, for then all it added is the action's, and it
 * confirms whatever grew anyway. A class accumulates when it grows in every window, by at
 * least one instance per ten measured repetitions. Only then are heap dumps taken: one at the start
 * of the last window, for the classes still growing, and one at the end, and a group is reported
 * only where a place (a collection's array, a field) reachable without passing through the test
 * engine or Retention held more of them at the end.
 *
 * <p><b>Confirmation.</b> {@link #run} follows growth that showed in every window before it gives a
 * verdict: more windows, each four times as long as the one before, until the growth stops (a
 * bounded cache full, a pool grown to its size: a pass) or the budget is spent while it still grows
 * (a leak). The budget is {@value #MAX_CONFIRMING_REPETITIONS} repetitions in all, and the check's
 * timeout for the action's own time at its pace so far (the collections left out). A confirming
 * window keeps a class only when it added at least one instance per ten of the window's repetitions
 * and at least half what its rate so far predicts; before a leak is reported, the run waits as long
 * as the last window took without repeating the action, and a class that grew meanwhile is other
 * code's (unless no other thread allocated or started during the last window: then all it added is
 * the action's, and the run does not wait). So a clean action pays one histogram per window and
 * nothing for confirmation; under {@link #run} in a JVM where nothing else allocates, two
 * histograms in all; a bounded cache fed one new key per repetition passes once it is full (up to
 * about 2,100 entries with the defaults), at the cost of one histogram per confirming window; a
 * failure costs the windows up to the budget and two heap dumps. A {@link #start() session}, whose
 * repetitions a test engine runs, cannot ask for more of them and is judged on its own repetitions:
 * repeat more than a bounded cache holds.
 *
 * <p><b>What it cannot promise.</b> Objects only held softly or weakly are never reported. Counts
 * are VM-wide: other threads that allocate and keep objects during the check take part in it.
 */
public final class HeapGrowthCheck {
  /** The repetitions when none are given. */
  public static final int DEFAULT_REPETITIONS = 40;
  /** How long each collection may take to prove when no timeout is given. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /**
   * The most repetitions {@link #run} runs to confirm growth: growth still under way when the next
   * confirming window would pass it is a leak.
   */
  public static final int MAX_CONFIRMING_REPETITIONS = 5000;

  private final int repetitions;
  private final int warmUp;
  private final WindowPlan plan;
  private final Duration timeout;
  private final List<String> ignored;
  private final String source;
  private final String name;
  private final String what;
  private final CheckSettings settings;

  private HeapGrowthCheck(int repetitions, int warmUp, Duration timeout, List<String> ignored,
      String source, String name, String what, CheckSettings settings) {
    this.plan = WindowPlan.of(repetitions, warmUp);
    this.repetitions = repetitions;
    this.warmUp = warmUp;
    this.timeout = Timeouts.requirePositive(timeout);
    this.ignored = List.copyOf(ignored);
    this.source = source;
    this.name = name;
    this.what = what;
    this.settings = settings;
  }

  /**
   * A check of {@code repetitions} repetitions.
   *
   * @throws IllegalArgumentException when they are too few to warm up and fill the windows
   */
  public static HeapGrowthCheck repeating(int repetitions) {
    return new HeapGrowthCheck(repetitions, -1, DEFAULT_TIMEOUT, List.of(), "core",
        "a growth check", "the repeated action", null);
  }

  /** The same check, warming up with {@code warmUp} repetitions. */
  public HeapGrowthCheck warmingUp(int warmUp) {
    if (warmUp < 0) {
      throw new IllegalArgumentException("warm-up repetitions must not be negative: " + warmUp);
    }
    return new HeapGrowthCheck(repetitions, warmUp, timeout, ignored, source, name, what, settings);
  }

  /** The same check, trying each collection for at most {@code timeout}. */
  public HeapGrowthCheck withTimeout(Duration timeout) {
    return new HeapGrowthCheck(repetitions, warmUp, timeout, ignored, source, name, what, settings);
  }

  /**
   * The same check, named so in the run's report.
   *
   * @param source the front end, such as {@code "assertj"} or {@code "junit"}
   * @param name the test or assertion, such as {@code "org.example.HandlerTest#handle"}
   */
  public HeapGrowthCheck reportedAs(String source, String name) {
    return new HeapGrowthCheck(repetitions, warmUp, timeout, ignored,
        Objects.requireNonNull(source, "source"), Objects.requireNonNull(name, "name"), what,
        settings);
  }

  /**
   * The same check, run with {@code settings} instead of the system properties' ones: their
   * timeout ({@value CheckSettings#TIMEOUT}) bounds each collection until {@link #withTimeout}
   * says otherwise, and their parameters configure the report and the baseline.
   */
  public HeapGrowthCheck with(CheckSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new HeapGrowthCheck(repetitions, warmUp, settings.timeout(), ignored, source, name,
        what, settings);
  }

  /**
   * The same check, naming what repeats in its failure: {@code "Expecting <what> not to leak,
   * but ..."} (default {@code "the repeated action"}).
   */
  public HeapGrowthCheck describedAs(String what) {
    return new HeapGrowthCheck(repetitions, warmUp, timeout, ignored, source, name,
        Objects.requireNonNull(what, "what"), settings);
  }

  /**
   * The same check, never reporting the classes named (or whose names start with) any of {@code
   * classNames}: {@code "org.example.Metrics"}, {@code "com.thirdparty."}.
   */
  public HeapGrowthCheck ignoring(List<String> classNames) {
    List<String> all = new ArrayList<>(ignored);
    classNames.forEach(name -> all.add(Objects.requireNonNull(name, "class name")));
    return new HeapGrowthCheck(repetitions, warmUp, timeout, all, source, name, what, settings);
  }

  /** The repetitions this check runs. */
  public int repetitions() {
    return repetitions;
  }

  /**
   * Runs the action the configured number of times, and more while growth is being confirmed,
   * measuring as it goes, and records the verdict in the run's report, judged against the
   * baseline. What the action throws ends the check and is rethrown as is.
   *
   * @return the result: failed when objects accumulated (a leak the baseline does not accept) or
   *     no verdict could be given; the measurement itself is in {@code recorded().details()}
   */
  public CheckResult run(Action action) throws Throwable {
    Session session = start(true);
    try {
      while (!session.complete()) {
        action.run();
        session.repetitionDone();
      }
      return session.result();
    } finally {
      session.close();
    }
  }

  /**
   * Starts a check whose repetitions someone else runs, such as a test engine repeating a test:
   * call {@link Session#repetitionDone()} after each.
   */
  public Session start() {
    return start(false);
  }

  private Session start(boolean confirming) {
    CheckSettings checkSettings =
        settings != null ? settings : CheckSettings.fromSystemProperties();
    return new Session(new GrowthRun(plan, timeout, ignored, confirming), source, name, what,
        checkSettings);
  }

  /** An action to repeat. */
  @FunctionalInterface
  public interface Action {
    /** Runs once. */
    void run() throws Throwable;
  }

  /**
   * A check in progress, told when each repetition ends.
   *
   * <pre>{@code
   * HeapGrowthCheck.Session session = HeapGrowthCheck.repeating(20).start();
   * // after each repetition:
   * session.repetitionDone();
   * if (session.complete() && session.verdict().grew()) { ... }
   * }</pre>
   */
  public static final class Session {
    private final GrowthRun run;
    private final String source;
    private final String name;
    private final String what;
    private final CheckSettings settings;
    private CheckResult result;

    private Session(GrowthRun run, String source, String name, String what,
        CheckSettings settings) {
      this.run = run;
      this.source = source;
      this.name = name;
      this.what = what;
      this.settings = settings;
    }

    /** Ends one repetition; at the end of a window this collects, counts and maybe dumps. */
    public void repetitionDone() {
      run.repetitionDone();
    }

    /** How many repetitions ended so far. */
    public int done() {
      return run.done();
    }

    /**
     * Ends the check, whether or not its verdict is in: call it when the repetitions stop early
     * (one failed, the engine skipped the rest), so that what the check records (the allocation
     * sites, with the agent) stops now. A verdict already in stays; safe to call more than once.
     */
    public void close() {
      run.close();
    }

    /** Whether the verdict is in. */
    public boolean complete() {
      return run.complete();
    }

    /**
     * The measurement's verdict, not yet recorded.
     *
     * @throws IllegalStateException before {@link #complete()}
     */
    public GrowthVerdict verdict() {
      return run.verdict();
    }

    /**
     * The verdict recorded in the run's report, judged against the baseline and worded; recorded
     * once, however often this is asked, from whichever thread.
     *
     * @throws IllegalStateException before {@link #complete()}
     */
    public synchronized CheckResult result() {
      if (result == null) {
        GrowthVerdict verdict = run.verdict();
        CheckPipeline.Conclusion concluded = CheckPipeline.conclude(
            GrowthRecords.checkRecord(source, name, verdict), settings.parameters(),
            judged -> GrowthMessages.notToLeak(what, verdict));
        result = new CheckResult(Optional.of(concluded.recorded().verdict()), Optional.empty(),
            Optional.of(concluded.recorded()), concluded.failureMessage());
      }
      return result;
    }
  }
}
