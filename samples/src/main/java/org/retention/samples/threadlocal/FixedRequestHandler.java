package org.retention.samples.threadlocal;

import org.retention.samples.Session;

/** Ends the request scope in {@code finally}, even when handling throws. */
public final class FixedRequestHandler implements RequestHandler {
  @Override
  public void handle(Session session) {
    try {
      RequestScope.attributes().put("session", session);
      session.deliver("request handled");
    } finally {
      RequestScope.end();
    }
  }
}
