package org.retention.core.internal.threads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingStream;
import org.retention.core.internal.gc.Interrupts;

/**
 * Where each live thread was started, from JFR's {@code jdk.ThreadStart} events in an in-process
 * {@link RecordingStream}: on JDK 17 and 25 alike the event's stack trace is the starting
 * thread's, from the caller of {@code Thread.start()}, and its {@code thread} field carries the
 * new thread's id.
 *
 * <p><b>Cost.</b> The stream starts once per JVM, at the first watched scope (about 300 to 400
 * ms, and JFR's own threads, never blamed); after that each thread start costs one event with a
 * stack trace, and a stopped thread's entry goes with its {@code jdk.ThreadEnd} event. Events
 * arrive at JFR's next flush, about once a second, so only a failing check waits for them. Where
 * JFR is missing or refuses to start, no thread has a known start.
 */
final class ThreadStarts {
  /** Frames kept per start; the message shows fewer. */
  private static final int MAX_FRAMES = 12;
  /** How long a failing check waits for the events of its threads. */
  private static final Duration FLUSH_WAIT = Duration.ofMillis(2_500);
  private static final Object LOCK = new Object();
  private static volatile ThreadStarts started;
  private static volatile boolean unavailable;

  private final Map<Long, List<String>> frames = new ConcurrentHashMap<>();
  private long flushes;

  private ThreadStarts() {}

  /** How long to wait for the stream's recording to run. */
  private static final long START_TIMEOUT_SECONDS = 5;

  /** Starts the stream if it is not running yet; a JVM without JFR just has no starts. */
  static void ensureRunning() {
    if (started != null || unavailable) {
      return;
    }
    synchronized (LOCK) {
      if (started != null || unavailable) {
        return;
      }
      try {
        ThreadStarts starts = new ThreadStarts();
        RecordingStream stream = new RecordingStream();
        stream.enable("jdk.ThreadStart").withStackTrace();
        stream.enable("jdk.ThreadEnd");
        stream.setMaxAge(Duration.ofSeconds(30));
        stream.onEvent("jdk.ThreadStart", starts::started);
        stream.onEvent("jdk.ThreadEnd", starts::ended);
        stream.onFlush(starts::flushed);
        startAsDaemon(stream);
        started = starts;
      } catch (RuntimeException | LinkageError noJfr) {
        unavailable = true;
      }
    }
  }

  /**
   * Runs the stream on a daemon thread of ours, and returns once its recording runs. JFR's own
   * {@code startAsync()} thread is not a daemon, and kept a program's JVM alive after its last
   * line (the demo hung so).
   */
  private static void startAsDaemon(RecordingStream stream) {
    CountDownLatch running = new CountDownLatch(1);
    RuntimeException[] failed = {null};
    FlightRecorderListener listener = new FlightRecorderListener() {
      @Override
      public void recordingStateChanged(Recording recording) {
        if (recording.getState() == RecordingState.RUNNING) {
          running.countDown();
        }
      }
    };
    FlightRecorder.addListener(listener);
    try {
      Thread thread = new Thread(() -> {
        try {
          stream.start();
        } catch (RuntimeException e) {
          failed[0] = e;
          running.countDown();
        }
      }, "retention-thread-starts");
      thread.setDaemon(true);
      thread.start();
      Interrupts.whileCleared(() -> running.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    } finally {
      FlightRecorder.removeListener(listener);
    }
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  /**
   * The frames that started the thread, the caller of {@code start()} first; empty when unknown.
   * Waits for JFR's next flushes when a thread has no start yet, at most a few seconds in all.
   */
  static List<List<String>> of(List<Thread> threads) {
    ThreadStarts starts = started;
    List<List<String>> found = new ArrayList<>();
    if (starts == null) {
      threads.forEach(thread -> found.add(List.of()));
      return found;
    }
    starts.awaitEvents(threads);
    threads.forEach(thread -> found.add(starts.frames.getOrDefault(id(thread), List.of())));
    return found;
  }

  private void awaitEvents(List<Thread> threads) {
    long deadline = System.nanoTime() + FLUSH_WAIT.toNanos();
    synchronized (this) {
      long target = flushes + 2; // the flush in progress may predate the last start
      while (flushes < target && threads.stream().anyMatch(t -> !frames.containsKey(id(t)))) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @SuppressWarnings("deprecation") // Thread.threadId() is JDK 19+
  static long id(Thread thread) {
    return thread.getId();
  }

  private void started(RecordedEvent event) {
    threadId(event).ifPresent(id -> {
      List<String> text = new ArrayList<>();
      if (event.getStackTrace() != null) {
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
          if (text.size() == MAX_FRAMES) {
            break;
          }
          if (frame.isJavaFrame() && !frame.getMethod().isHidden()) { // lambdas' hidden frames
            text.add(Frames.text(frame.getMethod().getType().getName(),
                frame.getMethod().getName(), null, frame.getLineNumber()));
          }
        }
      }
      frames.put(id, List.copyOf(text));
    });
  }

  private void ended(RecordedEvent event) {
    threadId(event).ifPresent(frames::remove);
  }

  private synchronized void flushed() {
    flushes++;
    notifyAll();
  }

  private static Optional<Long> threadId(RecordedEvent event) {
    RecordedThread thread = event.hasField("thread") ? event.getThread("thread") : null;
    return thread == null || thread.getJavaThreadId() <= 0
        ? Optional.empty() : Optional.of(thread.getJavaThreadId());
  }
}
