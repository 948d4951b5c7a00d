package org.retention.core.internal.growth;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.retention.core.explain.PathStep;
import org.retention.core.growth.GrowingClass;
import org.retention.core.growth.GrowthGroup;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.growth.HeapGrowthCheck;
import org.retention.core.internal.alloc.AllocationSites;
import org.retention.core.internal.count.ClassHistogram;
import org.retention.core.internal.count.LiveInstances;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.internal.gc.GcUnavailableException;
import org.retention.core.internal.gc.Interrupts;
import org.retention.core.internal.growth.GrowthSeries.ClassGrowth;
import org.retention.core.internal.heap.EngineClasses;
import org.retention.core.explain.Fingerprints;
import org.retention.core.internal.heap.GrowthPaths;

/**
 * One growth check, told of each repetition as it ends: a live class histogram after the warm-up
 * and after every window (in a confirming run, a window that no other thread allocated in is
 * measured with the next one); a census of where the classes still growing are held at the start of
 * the last window; at the end, for the classes that grew in every window, a second dump that shows
 * the places that grew since that census. Thread-safe: repetitions that end on several threads at
 * once (a test engine's concurrent mode) are counted one at a time, and the verdict is given once.
 *
 * <pre>{@code
 * GrowthRun run = new GrowthRun(WindowPlan.of(40, -1), Duration.ofSeconds(10), List.of());
 * for (int i = 0; i < 40; i++) {
 *   action.run();
 *   run.repetitionDone();
 * }
 * GrowthVerdict verdict = run.verdict();
 * }</pre>
 *
 * <p><b>Why no false positives.</b> A class must grow in every window, by at least one instance
 * per ten measured repetitions (at least one per window), and in a confirming run by at least
 * half what its rate so far predicts in each confirming window, after a warm-up that absorbs lazy
 * initialisation, class loading and caches filling up; then a dump must show a place, reachable
 * without passing through the test engine or Retention, that holds more of its instances than at
 * the start of the last window. Growth that no place explains is not reported.
 */
public final class GrowthRun {
  /** Classes (name prefixes) never reported: see {@link EngineClasses#PREFIXES}. */
  public static final List<String> ENGINE_PREFIXES = EngineClasses.PREFIXES;
  private static final long MIN_IDLE_MILLIS = 20;
  private static final long MAX_IDLE_MILLIS = 1_000;
  /** Growth means at least one instance per this many repetitions of a window. */
  private static final int MIN_GAIN_DIVISOR = 10;
  /**
   * Each confirming window is this many times as long as the one before: a bounded cache still
   * filling shows in as few histograms as it can, and a neighbour's growth, which does not grow
   * with the repetitions, falls behind what the rate predicts sooner.
   */
  static final int CONFIRMING_GROWTH = 4;

  static {
    // The census's analysis names places by SHA-256 (Fingerprints): the JVM's first digest caches
    // its provider's constructor in a JDK static (Provider$Service.constructorCache). Left to the
    // last window, that is Retention's own object at a JDK place that grew; done here, it comes
    // before any check measures.
    Fingerprints.hash(GrowthRun.class.getName());
    // Likewise the classes and call sites that a run first uses between two histograms: loading
    // a class adds its name and its loading lock to the class loader's map.
    GrowthSeries series = new GrowthSeries(3, name -> isIgnored(ENGINE_PREFIXES, name));
    series.add(new ClassHistogram(Map.of("[B", 1L), Map.of("[B", 16L)), 0, 1, false);
    series.add(new ClassHistogram(Map.of("[B", 3L), Map.of("[B", 48L)), 2, 1, false);
    series.add(new ClassHistogram(Map.of("[B", 5L), Map.of("[B", 80L)), 4, 1, true);
    series.accumulating(1);
    series.grewSince(new ClassHistogram(Map.of(), Map.of()), 1);
  }

  private final WindowPlan plan;
  private final Duration timeout;
  private final boolean confirms;
  private final List<String> ignoredPrefixes;
  private final GrowthSeries series;
  private final long start = System.nanoTime();
  private GrowthPaths.Census before = GrowthPaths.Census.EMPTY;
  private String censusError = "";
  private int done;
  /** Time spent in collections, histograms and dumps, not in the action. */
  private long measuringNanos;
  /** The repetitions after which the next histogram is due. */
  private int nextBoundary;
  /** The repetitions of the window under way. */
  private int windowSize;
  private int windowsEnded = -1;
  /** The plan's windows ended since the last histogram without one of their own. */
  private int unmeasuredWindows;
  /** When the window under way began and, once it has, ended: its repetitions' wall time. */
  private long windowStart = System.nanoTime();
  private long windowEnd;
  /** What the other threads had allocated when the window under way began. */
  private OtherThreads others = OtherThreads.now();
  /** Whether another thread allocated during the window that ended last. */
  private boolean othersAllocated = true;
  /** Whether the window under way is the last: the census was taken at its start. */
  private boolean lastWindow;
  private GrowthVerdict verdict;
  /** Where the classes still growing are allocated in the last window: with the agent only. */
  private Optional<AllocationSites.Recording> recording = Optional.empty();
  private Map<String, List<String>> allocatedAt;
  /** Whether the run was closed: it records nothing more. */
  private boolean closed;

  /**
   * A run of exactly the plan's repetitions, such as a test engine's repetitions of one test.
   *
   * @param ignoredClasses class names, or prefixes of them, that the user does not want reported,
   *     besides {@link #ENGINE_PREFIXES}
   */
  public GrowthRun(WindowPlan plan, Duration timeout, List<String> ignoredClasses) {
    this(plan, timeout, ignoredClasses, false);
  }

  /**
   * @param confirms whether growth in every window of the plan is followed with further windows,
   *     each {@value #CONFIRMING_GROWTH} times the one before, until it stops (a pass) or the
   *     budget is spent while it still grows (a leak); such a run asks for more repetitions than
   *     the plan's, see {@link #complete()}
   */
  public GrowthRun(WindowPlan plan, Duration timeout, List<String> ignoredClasses,
      boolean confirms) {
    this.plan = plan;
    this.timeout = timeout;
    this.confirms = confirms && confirmingWindows(plan) > 0;
    List<String> ignored = new ArrayList<>(ENGINE_PREFIXES);
    ignored.addAll(ignoredClasses);
    this.ignoredPrefixes = List.copyOf(ignored);
    this.series = new GrowthSeries(plan.windows() + 1 + confirmingWindows(plan),
        name -> isIgnored(ignoredPrefixes, name));
    this.nextBoundary = plan.warmUp();
    this.windowSize = plan.windowSize();
  }

  /** Whether the class with JVM name {@code name} starts with one of {@code prefixes}. */
  private static boolean isIgnored(List<String> prefixes, String name) {
    String javaName = GrowthPaths.javaName(name);
    return prefixes.stream().anyMatch(javaName::startsWith);
  }

  /** How many confirming windows, each longer than the one before, fit in the budget. */
  private static int confirmingWindows(WindowPlan plan) {
    int windows = 0;
    long size = (long) CONFIRMING_GROWTH * plan.windowSize();
    for (long end = plan.repetitions() + size; end <= HeapGrowthCheck.MAX_CONFIRMING_REPETITIONS;
        size *= CONFIRMING_GROWTH, end += size) {
      windows++;
    }
    return windows;
  }

  /** How many repetitions ended. */
  public synchronized int done() {
    return done;
  }

  /**
   * Whether the verdict is in: every repetition ended, or no verdict can be given. A confirming
   * run may want repetitions beyond its plan's.
   */
  public synchronized boolean complete() {
    return verdict != null;
  }

  /** The verdict, once {@link #complete()}. */
  public synchronized GrowthVerdict verdict() {
    if (verdict == null) {
      throw new IllegalStateException(done + " of " + plan.repetitions() + " repetitions ended");
    }
    return verdict;
  }

  /** Ends one repetition: at a window's end, measures. */
  public synchronized void repetitionDone() {
    done++;
    if (verdict != null || done != nextBoundary) {
      return;
    }
    boolean confirming = windowsEnded >= plan.windows();
    windowEnd = System.nanoTime();
    othersAllocated = others.allocatedSince();
    if (confirms && windowsEnded >= 0 && windowsEnded < plan.windows() - 1 && !othersAllocated) {
      // Nothing but the action allocated: what this window added, the next histogram shows with
      // the next window's, and growth in both is followed through the confirming windows anyway.
      // So a clean action's pass in a quiet JVM costs two histograms. Where other code allocates,
      // each window is measured, and growth must show in each.
      windowsEnded++;
      unmeasuredWindows++;
      nextBoundary = done + windowSize;
      return;
    }
    try {
      series.add(measuring(() -> LiveInstances.histogram(timeout)), done,
          confirming ? windowSize / MIN_GAIN_DIVISOR : 1 + unmeasuredWindows, confirming);
    } catch (GcUnavailableException e) {
      verdict = verdict(List.of(), List.of(), "", e.getMessage());
      return;
    }
    unmeasuredWindows = 0;
    windowsEnded++;
    if (windowsEnded < plan.windows()) {
      nextBoundary = done + windowSize;
      if (windowsEnded == plan.windows() - 1 && !confirms) {
        takeCensus();
      }
      startWindow();
      return;
    }
    boolean growing = !accumulating().isEmpty();
    if (lastWindow || !confirms || !growing) {
      // Where no other thread allocated during the last window, all it added is the action's.
      verdict = judge(lastWindow && growing && othersAllocated ? growingWhileIdle() : Set.of());
      return;
    }
    // Growth in every window so far: follow it through a longer window.
    windowSize *= CONFIRMING_GROWTH;
    nextBoundary = done + windowSize;
    long afterNext = nextBoundary + (long) CONFIRMING_GROWTH * windowSize;
    lastWindow = afterNext > HeapGrowthCheck.MAX_CONFIRMING_REPETITIONS
        || actionNanos(afterNext) > timeout.toNanos();
    if (lastWindow) {
      takeCensus();
    }
    startWindow();
  }

  /** Starts the next window, once its census (if any) is taken. */
  private void startWindow() {
    others = OtherThreads.now();
    windowStart = System.nanoTime();
  }

  /**
   * The classes still growing that also grew while the action did not run, over as long as the
   * last window took (at most {@value #MAX_IDLE_MILLIS} ms): other code in the JVM, such as a
   * neighbour in a parallel suite, adds them, so their growth is not the action's.
   */
  private Set<String> growingWhileIdle() {
    long idleMillis = Math.min(MAX_IDLE_MILLIS,
        Math.max(MIN_IDLE_MILLIS, (windowEnd - windowStart) / 1_000_000));
    try {
      measuring(() -> Interrupts.whileCleared(() -> {
        Thread.sleep(idleMillis);
        return null;
      }));
      return series.grewSince(measuring(() -> LiveInstances.histogram(timeout)),
          windowSize / MIN_GAIN_DIVISOR);
    } catch (InterruptedException | GcUnavailableException e) {
      // Judged without the idle window, as a run that could not confirm it would be.
      return Set.of();
    }
  }

  /** Does {@code work}, counting its time as measuring, not as the action's. */
  private <T, E extends Exception> T measuring(Interrupts.Work<T, E> work) throws E {
    long begin = System.nanoTime();
    try {
      return work.get();
    } finally {
      measuringNanos += System.nanoTime() - begin;
    }
  }

  /**
   * The time the action itself would have taken after {@code repetitions}, at its pace so far.
   * The collections are left out: they cost the same per window whatever the action, and a
   * loaded machine slows them most, which must not cut confirmation short.
   */
  private double actionNanos(long repetitions) {
    return (double) (System.nanoTime() - start - measuringNanos) / done * repetitions;
  }

  /** Where the classes still growing are held, at the start of the last window. */
  private void takeCensus() {
    if (series.growingSoFar().isEmpty()) {
      return;
    }
    if (!closed) {
      recording = AllocationSites.start(series.growingSoFar());
    }
    try {
      before = measuring(() -> GrowthPaths.census(series.growingSoFar(), ignoredPrefixes));
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      censusError = "the heap could not be dumped: " + e;
    }
  }

  /** The classes that grew in every window, by at least one instance per ten repetitions. */
  private List<ClassGrowth> accumulating() {
    return series.accumulating(minimumGrowth());
  }

  /**
   * The fewest instances a class must have gained since the warm-up: one per window, and one per
   * {@value #MIN_GAIN_DIVISOR} repetitions.
   */
  private long minimumGrowth() {
    return Math.max(plan.windows(), (done - plan.warmUp()) / MIN_GAIN_DIVISOR);
  }

  /** @param notTheAction classes that grew while the action did not run */
  private GrowthVerdict judge(Set<String> notTheAction) {
    List<ClassGrowth> accumulating = accumulating().stream()
        .filter(growth -> !notTheAction.contains(growth.className())).toList();
    if (accumulating.isEmpty() && !notTheAction.isEmpty()) {
      return verdict(List.of(), List.of(), "", notTheAction.size() + " classes ("
          + notTheAction.stream().map(GrowthPaths::javaName).sorted().limit(3)
              .collect(Collectors.joining(", "))
          + (notTheAction.size() > 3 ? ", ..." : "") + ") grew in every window, but also while"
          + " the action did not run: other code in this JVM keeps adding them, so the action's"
          + " own growth cannot be told apart; run the check @Isolated");
    }
    if (accumulating.isEmpty()) {
      return verdict(List.of(), List.of(), "", "");
    }
    Map<String, Integer> minimumByClass = new LinkedHashMap<>();
    accumulating.forEach(growth ->
        minimumByClass.put(growth.className(), (int) Math.max(2, growth.beforeLast() / 2)));
    GrowthPaths.Piles piles;
    try {
      if (!censusError.isEmpty()) {
        throw new IOException(censusError);
      }
      piles = GrowthPaths.piles(minimumByClass, before.countsByClass().keySet(), ignoredPrefixes,
          before);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      String reason = e instanceof IOException
          ? e.getMessage() : "the heap dump could not be analysed: " + e;
      return verdict(List.of(), accumulating.stream().map(this::growing).toList(), reason, "");
    }
    return verdict(groups(accumulating, piles), List.of(), "", "");
  }

  /**
   * The piles that grew in the last window, by place; a class counts in its biggest place only.
   * A group's classes and rates are what its place added in the last window, of every class that
   * was still growing when it began: the VM-wide counts also hold what other code (a test engine,
   * another thread) added elsewhere, and the objects a pile's instances bring along (a lambda's
   * captured session and its arrays) pile up at the same place.
   */
  private List<GrowthGroup> groups(List<ClassGrowth> accumulating, GrowthPaths.Piles found) {
    Map<String, ClassGrowth> byName = new LinkedHashMap<>();
    accumulating.forEach(growth -> byName.put(growth.className(), growth));
    Map<Long, List<GrowthPaths.Pile>> byPlace = new LinkedHashMap<>();
    Set<String> placed = new HashSet<>();
    for (GrowthPaths.Pile pile : found.piles()) {
      ClassGrowth growth = byName.get(pile.className());
      if (pile.added() >= Math.max(1, Math.ceil(growth.perRepetition() * windowSize / 2))
          && placed.add(pile.className())) {
        byPlace.computeIfAbsent(pile.signature(), place -> new ArrayList<>()).add(pile);
      }
    }
    long minimumAdded = Math.max(1, windowSize / MIN_GAIN_DIVISOR);
    List<GrowthGroup> groups = new ArrayList<>();
    byPlace.forEach((signature, place) -> {
      // The user's own class names the group better than the JDK's nodes and arrays around it.
      place.sort(Comparator.comparing(
          (GrowthPaths.Pile pile) -> GrowthPaths.isJdkClass(GrowthPaths.javaName(pile.className())))
          .thenComparingInt(pile -> pile.intoPlace().size())
          .thenComparing(pile -> -byName.get(pile.className()).beforeLast())
          .thenComparing(GrowthPaths.Pile::className));
      List<String> classes = new ArrayList<>();
      place.forEach(pile -> classes.add(pile.className()));
      before.countsByClass().keySet().stream()
          .filter(name -> !classes.contains(name) && !placed.contains(name))
          .filter(name -> found.added(name, signature, before) >= minimumAdded)
          .sorted(Comparator.comparing(
              (String name) -> -found.addedBytes(name, signature, before))
              .thenComparing(name -> name))
          .forEach(name -> {
            classes.add(name);
            placed.add(name);
          });
      GrowthPaths.Pile first = place.get(0);
      List<String> sites = classes.stream().map(allocationSites()::get)
          .filter(Objects::nonNull).findFirst().orElse(List.of());
      List<PathStep> steps = first.steps();
      String className = GrowthPaths.javaName(first.className());
      groups.add(new GrowthGroup(
          classes.stream().map(name -> new GrowingClass(GrowthPaths.javaName(name),
              (double) found.added(name, signature, before) / windowSize,
              found.addedBytes(name, signature, before) / windowSize)).toList(),
          first.root(), steps, first.toPlace().size(), first.placeClass(), first.instances(),
          Fingerprints.of(first.root(), steps, className), sites));
    });
    return groups;
  }

  private GrowingClass growing(ClassGrowth growth) {
    int repetitions = growth.repetitionsBeforeLast();
    return new GrowingClass(GrowthPaths.javaName(growth.className()),
        (double) growth.beforeLast() / repetitions, growth.bytesBeforeLast() / repetitions);
  }

  /**
   * Ends the run, whether or not its verdict is in (the action threw, the test engine abandoned
   * the repetitions): stops what it records, so the classes it hooked get their own code back now,
   * not when a later check's recording finds this one stale. A verdict already given stays.
   */
  public synchronized void close() {
    closed = true;
    allocationSites();
  }

  /** Stops the recording, once: the sites of the last window's allocations, by class. */
  private Map<String, List<String>> allocationSites() {
    if (allocatedAt == null) {
      allocatedAt = recording.map(AllocationSites.Recording::stop).orElse(Map.of());
    }
    return allocatedAt;
  }

  private GrowthVerdict verdict(List<GrowthGroup> groups, List<GrowingClass> unexplained,
      String unexplainedReason, String inconclusiveReason) {
    allocationSites();
    return new GrowthVerdict(groups, unexplained, unexplainedReason, done, plan.warmUp(),
        Math.max(0, windowsEnded), GcCoordinator.shared().collector().displayName(),
        Duration.ofNanos(System.nanoTime() - start), inconclusiveReason);
  }
}
