package org.retention.assertj;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small helpers shared by the assertion tests. */
final class TestMaps {
  private TestMaps() {}

  /**
   * Puts a fresh key {@code name + "-key"} and value {@code name} per name. The sessions are
   * created in this frame, which is gone when the caller asserts, so no local variable of the
   * test keeps them alive.
   */
  static <M extends Map<Session, Session>> M put(M map, String... names) {
    for (String name : names) {
      map.put(new Session(name + "-key"), new Session(name));
    }
    return map;
  }

  /** The AssertionError that {@code assertion} throws; fails if it throws nothing or another. */
  static AssertionError expectAssertionError(ThrowingCallable assertion) {
    AssertionError error = catchThrowableOfType(AssertionError.class, assertion);
    then(error).as("the AssertionError expected from the assertion").isNotNull();
    return error;
  }
}
