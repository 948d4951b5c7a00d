package org.retention.junit;

import java.util.ArrayList;
import java.util.List;

/** A request handler that remembers every request it saw, and one that forgets each. */
final class Handlers {
  static final List<Request> SEEN = new ArrayList<>();

  private Handlers() {}

  static void rememberForever(String user) {
    SEEN.add(new Request(user));
  }

  static int forgetAfterwards(String user) {
    Request request = new Request(user);
    SEEN.add(request);
    SEEN.remove(request);
    return request.user().length();
  }

  record Request(String user) {}
}
