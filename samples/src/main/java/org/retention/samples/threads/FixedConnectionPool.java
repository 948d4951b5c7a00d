package org.retention.samples.threads;

/** The fix: {@code close()} also stops the evictor, and waits for it. */
public class FixedConnectionPool extends BuggyConnectionPool {
  @Override
  public void close() {
    super.close();
    evictor.interrupt();
    try {
      evictor.join();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
