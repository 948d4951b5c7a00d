package org.retention.samples.threadlocal;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.retention.samples.Session;

/**
 * Handles requests on one pooled thread, named {@value #THREAD_NAME}, that stays alive between
 * requests, as a server's worker threads do. Close it to stop the thread.
 */
public final class RequestWorker implements AutoCloseable {
  /** The worker thread's name, as thread dumps and retention paths show it. */
  public static final String THREAD_NAME = "request-worker";

  private final RequestHandler handler;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(task -> new Thread(task, THREAD_NAME));

  /** A worker that hands each request to {@code handler}. */
  public RequestWorker(RequestHandler handler) {
    this.handler = handler;
  }

  /**
   * Handles every pending request of {@code inbox} on the worker thread, one after the other,
   * then empties the inbox. Returns when all are handled and the worker is idle again.
   */
  public void drain(Map<String, Session> inbox) {
    inbox.values().forEach(session -> runOnWorker(() -> handler.handle(session)));
    // Future.get() returns as soon as a task's result is set, while the worker thread may still
    // be inside FutureTask.run(), whose frame refers to the task and so to its request. The
    // worker starts the next task only once those frames are gone: wait for an empty one.
    runOnWorker(() -> { });
    inbox.clear();
  }

  private void runOnWorker(Runnable task) {
    try {
      executor.submit(task).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a request failed on " + THREAD_NAME, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + THREAD_NAME, e);
    }
  }

  /** Stops the worker thread, waiting for it to end. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException(THREAD_NAME + " did not stop within 10 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
