package org.retention.samples.threadlocal;

import org.retention.samples.Session;

/** Handles one request of a session, on a worker thread. */
@FunctionalInterface
public interface RequestHandler {
  /** Handles a request of {@code session}. */
  void handle(Session session);
}
