package org.retention.samples.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The shipped pool: {@code close()} closes the connections but forgets the evictor thread. */
public class BuggyConnectionPool implements ConnectionPool {
  private static final AtomicInteger POOLS = new AtomicInteger();
  final List<Connection> idle = new ArrayList<>();
  final Thread evictor;

  /** Opens the pool and starts its evictor. */
  public BuggyConnectionPool() {
    evictor = new Thread(this::evictIdle, "conn-pool-evictor-" + POOLS.incrementAndGet());
    evictor.setDaemon(true);
    evictor.start();
  }

  @Override
  public synchronized Connection lease() {
    return idle.isEmpty() ? message -> { } : idle.remove(idle.size() - 1);
  }

  @Override
  public synchronized void close() {
    idle.clear();
  }

  private void evictIdle() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(1_000);
        synchronized (this) {
          idle.clear();
        }
      }
    } catch (InterruptedException stopped) {
      // closed
    }
  }
}
