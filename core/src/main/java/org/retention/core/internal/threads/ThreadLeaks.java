package org.retention.core.internal.threads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.regex.Pattern;
import org.retention.core.explain.Fingerprints;

/**
 * Finds the threads a scope started that are still alive, waits for them to end, and describes
 * those that do not.
 */
public final class ThreadLeaks {
  /** Frames of a thread's own stack shown in a message. */
  private static final int SHOWN_FRAMES = 8;
  /** Frames of the start shown, and hashed into the fingerprint. */
  private static final int START_FRAMES = 5;
  private static final Pattern NUMBERS = Pattern.compile("\\d+");
  private static final Pattern LINE = Pattern.compile(":\\d+\\)$");

  private ThreadLeaks() {}

  /** Starts recording where threads start, once per JVM; see {@link ThreadStarts}. */
  public static void recordStarts() {
    ThreadStarts.ensureRunning();
  }

  /**
   * The threads of {@code scope} (or of scopes inside it) still alive once they had {@code linger}
   * to end, not blamed before and never blamed by rule or by {@code ignoring}. Waits by joining the
   * first survivor until the linger runs out, so a scope whose threads ended pays nothing.
   */
  public static List<Thread> awaitSurvivors(
      ThreadScope scope, List<Pattern> ignoring, Duration linger) {
    long deadline = System.nanoTime() + linger.toNanos();
    List<Thread> survivors = survivors(scope, ignoring);
    while (!survivors.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        survivors.get(0).join(Math.max(1, left / 1_000_000));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return survivors(scope, ignoring);
      }
      survivors = survivors(scope, ignoring);
    }
    return survivors;
  }

  static List<Thread> survivors(ThreadScope scope, List<Pattern> ignoring) {
    Thread current = Thread.currentThread();
    List<Thread> found = new ArrayList<>();
    for (Thread thread : alive()) {
      if (thread != current && thread.isAlive()
          && ThreadScope.of(thread).filter(owner -> owner.within(scope)).isPresent()
          && !scope.blamed(ThreadStarts.id(thread)) && !NeverBlamed.test(thread)
          && ignoring.stream().noneMatch(p -> p.matcher(thread.getName()).matches())) {
        found.add(thread);
      }
    }
    return found;
  }

  /** Describes the survivors and blames them on {@code scope}, so enclosing scopes do not. */
  public static List<LeakedThread> blame(ThreadScope scope, List<Thread> survivors) {
    List<List<String>> starts = ThreadStarts.of(survivors);
    List<LeakedThread> leaked = new ArrayList<>();
    for (int i = 0; i < survivors.size(); i++) {
      Thread thread = survivors.get(i);
      StackTraceElement[] stack = thread.getStackTrace();
      List<String> frames = Arrays.stream(stack).map(Frames::text).toList();
      scope.blame(ThreadStarts.id(thread));
      leaked.add(new LeakedThread(ThreadStarts.id(thread), thread.getName(),
          thread.getState().name(), thread.isDaemon(), owner(thread, frames), frames,
          fromCaller(starts.get(i))));
    }
    return leaked;
  }

  /**
   * The failure: {@code "Expecting the threads that <what> started to end within <linger>, but
   * ..."}, then each thread with its state, owner, top frames and start.
   */
  public static String message(String what, Duration linger, List<LeakedThread> leaked) {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder("Expecting every thread that ").append(what)
        .append(" started to end within ").append(words(linger)).append(", but ")
        .append(leaked.size()).append(leaked.size() == 1 ? " still runs:" : " still run:");
    for (LeakedThread thread : leaked) {
      text.append(nl).append("  \"").append(thread.name()).append("\" (").append(thread.state())
          .append(thread.daemon() ? ", daemon)" : ", not a daemon)");
      if (!thread.owner().isEmpty()) {
        text.append(", ").append(thread.owner());
      }
      thread.frames().stream().limit(SHOWN_FRAMES)
          .forEach(frame -> text.append(nl).append("      at ").append(frame));
      if (thread.frames().size() > SHOWN_FRAMES) {
        text.append(nl).append("      ... ").append(thread.frames().size() - SHOWN_FRAMES)
            .append(" more");
      }
      for (int i = 0; i < thread.startedAt().size(); i++) {
        text.append(nl).append(i == 0 ? "    started at " : "      at ")
            .append(thread.startedAt().get(i));
      }
    }
    return text.append(nl).append("Stop each one before the end (shut the executor down, cancel")
        .append(" the timer, close the client, interrupt the thread), or ignore it by name.")
        .toString();
  }

  /**
   * 16 hex digits of the SHA-256 of the thread's name with its numbers normalised ({@code
   * pool-#-thread-#}) and of the frames that started it, without line numbers.
   */
  public static String fingerprint(LeakedThread thread) {
    StringBuilder text = new StringBuilder("thread ")
        .append(NUMBERS.matcher(thread.name()).replaceAll("#"));
    thread.startedAt().forEach(frame -> text.append('\n')
        .append(Fingerprints.normalize(LINE.matcher(frame).replaceFirst(")"))));
    return Fingerprints.hash(text.toString());
  }

  /** Every live platform thread of the VM, without their stacks (no safepoint). */
  private static Thread[] alive() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count;
    while ((count = root.enumerate(threads, true)) == threads.length) {
      threads = new Thread[threads.length * 2];
    }
    return Arrays.copyOf(threads, count);
  }

  /** What a thread belongs to, when its class or its stack says so. */
  private static String owner(Thread thread, List<String> frames) {
    String type = thread.getClass().getName();
    if (type.equals("java.util.TimerThread")) {
      return "the thread of a java.util.Timer";
    }
    if (type.endsWith("HttpClientImpl$SelectorManager")) {
      return "the selector thread of a java.net.http.HttpClient";
    }
    if (thread instanceof ForkJoinWorkerThread) {
      return "a ForkJoinPool worker";
    }
    if (frames.stream().anyMatch(f -> f.startsWith("java.util.concurrent.ScheduledThreadPoolExecutor"))) {
      return "a ScheduledThreadPoolExecutor worker";
    }
    if (frames.stream().anyMatch(f -> f.startsWith("java.util.concurrent.ThreadPoolExecutor.runWorker"))) {
      return "a ThreadPoolExecutor worker";
    }
    return "";
  }

  /** The start's frames from the first one outside the JDK, a few of them. */
  private static List<String> fromCaller(List<String> start) {
    int first = 0;
    while (first < start.size() && Frames.jdk(start.get(first))) {
      first++;
    }
    return first == start.size() ? start.stream().limit(START_FRAMES).toList()
        : start.subList(first, Math.min(start.size(), first + START_FRAMES));
  }

  private static String words(Duration linger) {
    long millis = linger.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + " ms";
  }
}
