package org.retention.samples.threads;

/**
 * A pool of connections with a background thread, {@code "conn-pool-evictor-N"}, that drops idle
 * ones; {@code close()} must stop it.
 *
 * <pre>{@code
 * try (ConnectionPool pool = new FixedConnectionPool()) {
 *   pool.lease().send("ping");
 * }
 * }</pre>
 */
public interface ConnectionPool extends AutoCloseable {
  /** A connection, opened or reused. */
  Connection lease();

  /** Closes every connection and stops the pool's threads. */
  @Override
  void close();

  /** One pooled connection. */
  interface Connection {
    /** Sends a message. */
    void send(String message);
  }
}
