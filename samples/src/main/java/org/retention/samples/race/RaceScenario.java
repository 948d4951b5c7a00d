package org.retention.samples.race;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.lang.ref.Reference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.retention.samples.LeakScenario;
import org.retention.samples.Session;

/** The clear-versus-put race sample: its regression check, and its run in the demo. */
public final class RaceScenario {
  /** The shipped store, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "ConcurrentHashMap.clear() racing a concurrent put",
      "swap in a new map instead of clearing",
      () -> assertInvalidateAllReleasesLoadedSessions(BuggySessionStore::new),
      () -> assertInvalidateAllReleasesLoadedSessions(FixedSessionStore::new));

  private static final long LATCH_TIMEOUT_SECONDS = 10;

  private RaceScenario() {}

  /**
   * The regression test: no session loaded before {@code invalidateAll()} is reachable after
   * it, even one whose load was under way while it ran. The race is set up with latches, the
   * same way every time: carol's load starts, {@code invalidateAll()} runs, then carol's load
   * returns and her session is put.
   *
   * @param newStore creates the store under test with the given loader
   * @throws AssertionError naming the stale session still reachable
   */
  public static void assertInvalidateAllReleasesLoadedSessions(
      Function<SessionLoader, SessionStore> newStore) {
    Map<String, Session> loaded = new ConcurrentHashMap<>();
    CountDownLatch carolLoading = new CountDownLatch(1);
    CountDownLatch invalidated = new CountDownLatch(1);
    SessionStore store = newStore.apply(user -> {
      Session session = new Session(user);
      loaded.put(user, session);
      if (user.equals("carol")) {
        carolLoading.countDown();
        await(invalidated);
      }
      return session;
    });
    store.get("alice");
    store.get("bob");
    Thread carol = new Thread(() -> store.get("carol"), "loads-carol");
    carol.start();
    await(carolLoading);

    assertThat(loaded).releasesValuesAfter(map -> {
      store.invalidateAll();
      invalidated.countDown();
      join(carol);
      map.clear();
    });
    // The store is what may retain; keep it reachable until the verdict, as the application does.
    Reference.reachabilityFence(store);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(LATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the race was not set up within 10 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up the race", e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join(TimeUnit.SECONDS.toMillis(LATCH_TIMEOUT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
    }
    if (thread.isAlive()) {
      throw new IllegalStateException(thread.getName() + " did not finish within 10 seconds");
    }
  }
}
