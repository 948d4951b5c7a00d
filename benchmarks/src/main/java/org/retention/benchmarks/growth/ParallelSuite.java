package org.retention.benchmarks.growth;

import static org.retention.assertj.RetentionAssertions.assertThatRepeated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.retention.junit.NoHeapGrowth;

/**
 * The parallel suite that {@link ParallelSuiteStress} runs again and again: growth checks of both
 * front ends, clean and leaking, beside neighbours that allocate and keep objects of their own
 * while the growth checks measure. A test whose name starts with {@code leak} must fail with a
 * path; every other test must pass.
 *
 * <pre>{@code
 * LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ParallelSuite.Growth.class))
 * }</pre>
 */
public final class ParallelSuite {
  /** What the leaking tests keep. */
  static final List<Object> LEAKED = new ArrayList<>();
  /** What the neighbours keep: their own objects, freed only after the round. */
  static final List<Object> KEPT_BY_NEIGHBOURS = new CopyOnWriteArrayList<>();
  /** Subscribers of a bus, as a service registers them for one request and removes them. */
  static final Map<Long, Object> SUBSCRIBERS = new ConcurrentHashMap<>();
  private static final AtomicLong KEYS = new AtomicLong();
  private static final Map<Long, byte[]> LRU_50 = lru(50);

  private ParallelSuite() {}

  /** Lets everything the round kept go, so that every round starts on the same heap. */
  static void forget() {
    synchronized (LEAKED) {
      LEAKED.clear();
    }
    KEPT_BY_NEIGHBOURS.clear();
    SUBSCRIBERS.clear();
    synchronized (LRU_50) {
      LRU_50.clear();
    }
  }

  /** Growth checks through {@code assertThatRepeated}, which cannot choose when it runs. */
  public static class RepeatedActions {
    @Test
    void subscribesForOneRequest() {
      assertThatRepeated(ParallelSuite::subscribeForOneRequest).doesNotLeak();
    }

    @Test
    void feedsABoundedLru() {
      Map<Long, byte[]> lru = lru(50);
      assertThatRepeated(() -> lru.put(KEYS.incrementAndGet(), new byte[64])).doesNotLeak();
    }

    @Test
    void leaksASubscriberPerCall() {
      assertThatRepeated(ParallelSuite::leakOne).doesNotLeak();
    }
  }

  /** Growth checks through {@code @NoHeapGrowth}, which runs isolated. */
  public static class RepeatedTests {
    @RepeatedTest(40)
    @NoHeapGrowth
    void subscribesForOneRequest() {
      subscribeForOneRequest();
    }

    @RepeatedTest(60)
    @NoHeapGrowth
    void feedsABoundedLru() {
      synchronized (LRU_50) {
        LRU_50.put(KEYS.incrementAndGet(), new byte[64]);
      }
    }

    @RepeatedTest(40)
    @NoHeapGrowth
    void leaksASubscriberPerRepetition() {
      leakOne();
    }
  }

  /** Tests beside the growth checks that allocate and keep objects while those measure. */
  public static class Neighbours {
    @RepeatedTest(60)
    void keepsObjects() throws InterruptedException {
      for (int i = 0; i < 20; i++) {
        KEPT_BY_NEIGHBOURS.add(new StringBuilder("kept by a neighbour " + i));
      }
      Thread.sleep(5);
    }

    @RepeatedTest(30)
    void keepsOtherObjects() throws InterruptedException {
      for (int i = 0; i < 10; i++) {
        KEPT_BY_NEIGHBOURS.add(new java.util.HashMap<>(Map.of("neighbour", i)));
      }
      Thread.sleep(8);
    }
  }

  private static void subscribeForOneRequest() {
    long key = KEYS.incrementAndGet();
    SUBSCRIBERS.put(key, new Subscriber());
    SUBSCRIBERS.remove(key);
  }

  private static void leakOne() {
    synchronized (LEAKED) {
      LEAKED.add(new Subscriber());
    }
  }

  private static <K, V> Map<K, V> lru(int bound) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > bound;
      }
    };
  }

  /** What the bus keeps per subscription. */
  static final class Subscriber {
    final byte[] state = new byte[32];
  }
}
