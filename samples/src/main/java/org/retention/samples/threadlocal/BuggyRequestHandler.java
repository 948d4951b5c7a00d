package org.retention.samples.threadlocal;

import org.retention.samples.Session;

/** Puts the session in the request scope and leaves it there when the task ends. */
public final class BuggyRequestHandler implements RequestHandler {
  @Override
  public void handle(Session session) {
    RequestScope.attributes().put("session", session);
    session.deliver("request handled");
  }
}
