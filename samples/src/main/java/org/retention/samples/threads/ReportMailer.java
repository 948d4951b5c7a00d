package org.retention.samples.threads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends reports on its own executor. The shipped {@link #close()} forgets the executor, whose two
 * workers wait for work forever; {@link #closeAndShutDown()} is the fix.
 *
 * <pre>{@code
 * ReportMailer mailer = new ReportMailer();
 * mailer.send("daily");
 * mailer.closeAndShutDown();
 * }</pre>
 */
public class ReportMailer {
  final ExecutorService senders = Executors.newFixedThreadPool(2);

  /** Sends a report in the background. */
  public void send(String report) {
    senders.submit(() -> report.length());
  }

  /** The shipped close: nothing to flush, it thinks. */
  public void close() {
    // forgets the executor
  }

  /** The fix: shut the executor down and wait for its workers. */
  public void closeAndShutDown() {
    senders.shutdown();
    try {
      senders.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
