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
   * then empties the inbox. Returns when all are handled.
   */
  public void drain(Map<String, Session> inbox) {
    for (Session session : inbox.values()) {
      try {
        executor.submit(() -> handler.handle(session)).get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("request of " + session + " failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while handling " + session, e);
      }
    }
    inbox.clear();
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
