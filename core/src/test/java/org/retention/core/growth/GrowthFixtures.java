package org.retention.core.growth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Actions that leak, and actions that only look as if they might: the corpus of the tests. */
final class GrowthFixtures {
  private GrowthFixtures() {}

  /** Memoises a result per request key, forever. */
  static final class KeyMemo {
    static final Map<String, MemoEntry> ENTRIES = new HashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    static void handle() {
      String key = "request-" + NEXT.incrementAndGet();
      ENTRIES.put(key, new MemoEntry(key));
    }
  }

  record MemoEntry(String key) {}

  /** Registers a new listener per call, never removes it. */
  static final class Bus {
    static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();

    static void subscribe() {
      LISTENERS.add(new AuditListener());
    }
  }

  static final class AuditListener implements Consumer<String> {
    @Override
    public void accept(String event) {}
  }

  /** Each task adds to a ThreadLocal list of the pool's one thread. */
  static final class PooledWorker {
    static final ExecutorService POOL = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "growth-worker");
      thread.setDaemon(true);
      return thread;
    });
    static final ThreadLocal<List<Trace>> TRACES = ThreadLocal.withInitial(ArrayList::new);

    static void handle() throws Exception {
      POOL.submit(() -> TRACES.get().add(new Trace())).get();
    }
  }

  static final class Trace {}

  /** Keeps one object every fourth call ({@code handle}) or every other call. */
  static final class Sampler {
    static final List<Sample> KEPT = new ArrayList<>();
    private static int calls;

    static void handle() {
      keepOneIn(4);
    }

    static void handleEveryOther() {
      keepOneIn(2);
    }

    private static void keepOneIn(int every) {
      if (calls++ % every == 0) {
        KEPT.add(new Sample());
      }
    }
  }

  static final class Sample {}

  /**
   * A token per call that only an ignored class keeps (so the class grows, VM-wide, at one per
   * call), and a shelf that holds 40 of them from the first call on: {@code handle} puts 2 more
   * on it at the 35th call (noise, as a bounded cache that evicts late), {@code handleLeaking}
   * one more at every call.
   */
  static final class Shelf {
    static final List<Token> ITEMS = new ArrayList<>();
    private static int calls;

    static void handle() {
      keep(calls == 35 ? 2 : 0);
    }

    static void handleLeaking() {
      keep(1);
    }

    private static void keep(int more) {
      if (calls++ == 0) {
        for (int i = 0; i < 40; i++) {
          ITEMS.add(new Token());
        }
      }
      Vault.KEPT.add(new Token());
      for (int i = 0; i < more; i++) {
        ITEMS.add(new Token());
      }
    }

    static void reset() {
      calls = 0;
      ITEMS.clear();
      Vault.KEPT.clear();
    }
  }

  /** Where a check ignoring this class never looks. */
  static final class Vault {
    static final List<Token> KEPT = new ArrayList<>();
  }

  static final class Token {}

  /**
   * Another thread of the JVM that adds 50 objects every millisecond until closed: faster than
   * confirmation's longer windows outgrow, so only the idle window tells it from the action.
   */
  static final class Neighbour implements AutoCloseable {
    static final List<Object> KEPT = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    private Neighbour(Thread thread) {
      this.thread = thread;
    }

    static Neighbour start() {
      Thread thread = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          for (int i = 0; i < 50; i++) {
            KEPT.add(new StringBuilder("kept by a neighbour"));
          }
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "growth-neighbour");
      thread.setDaemon(true);
      thread.start();
      return new Neighbour(thread);
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join();
      KEPT.clear();
    }
  }

  /**
   * A thread whose task is a keeper: it keeps each parcel handed to it in a list that only its
   * thread-local holds, as a test engine's thread, or Retention's own, keeps its records.
   */
  static final class Keeper implements Runnable, AutoCloseable {
    private static final ThreadLocal<List<Object>> KEPT = new ThreadLocal<>();
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Semaphore kept = new Semaphore(0);
    private final Thread thread = new Thread(this, "growth-keeper");

    static Keeper start() {
      Keeper keeper = new Keeper();
      keeper.thread.setDaemon(true);
      keeper.thread.start();
      return keeper;
    }

    /** Hands a new parcel over, and returns once it is kept. */
    void hand() throws InterruptedException {
      inbox.put(new Parcel());
      kept.acquire();
    }

    @Override
    public void run() {
      List<Object> parcels = new ArrayList<>();
      KEPT.set(parcels);
      try {
        for (Object parcel = inbox.take(); parcel != this; parcel = inbox.take()) {
          parcels.add(parcel);
          kept.release();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() throws InterruptedException {
      inbox.put(this);
      thread.join();
    }
  }

  static final class Parcel {}

  /**
   * A map keyed by small numbers that reach past the JDK's box cache (127) during the check: the
   * keys it held were {@code Long.valueOf}'s cached boxes, the keys it holds are new objects.
   * Bounded at 12 keys, or not.
   */
  static final class SmallKeys {
    private static Map<Long, Object> map = new HashMap<>();
    private static long next;

    static void reset(boolean bounded) {
      Seen.KEPT.clear();
      next = 110;
      map = !bounded ? new HashMap<>() : new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
          return size() > 12;
        }
      };
    }

    /** One new key, and a big number the check is told to ignore, so Long grows every window. */
    static void handle() {
      Seen.KEPT.add(Long.valueOf(1_000_000 + next));
      map.put(next++, new Object());
    }

    /** Where the big numbers go. */
    static final class Seen {
      static final List<Object> KEPT = new ArrayList<>();
    }
  }

  // ---- actions that do not leak ----

  /** Initialised on first use, then only read. */
  static final class LazyConfig {
    private static volatile Map<String, String> values;

    static String read() {
      if (values == null) {
        Map<String, String> loaded = new HashMap<>();
        for (int i = 0; i < 200; i++) {
          loaded.put("key-" + i, "value-" + i);
        }
        values = loaded;
      }
      return values.get("key-7");
    }
  }

  /** A cache of 8 entries that evicts its eldest. */
  static final class BoundedCache {
    private static final AtomicInteger NEXT = new AtomicInteger();
    static final Map<String, MemoEntry> ENTRIES = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, MemoEntry> eldest) {
        return size() > 8;
      }
    };

    static void handle() {
      String key = "bounded-" + NEXT.incrementAndGet();
      ENTRIES.put(key, new MemoEntry(key));
    }
  }

  /** A pool that starts its threads as work arrives. */
  static final class Pool {
    static final ExecutorService POOL = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "growth-pool");
      thread.setDaemon(true);
      return thread;
    });

    static void handle() throws Exception {
      POOL.submit(() -> new StringBuilder("work").reverse().toString()).get();
    }
  }

  /** Interns a new string per call: the VM's string table does not keep it alive. */
  static final class Interner {
    private static final AtomicInteger NEXT = new AtomicInteger();

    static String handle() {
      return ("interned-" + NEXT.incrementAndGet()).intern();
    }
  }

  /** Hot code the JIT compiles while the check runs, and classes loaded on first use. */
  static final class Hot {
    static long handle() {
      long sum = 0;
      for (int i = 0; i < 20_000; i++) {
        sum += Integer.toString(i).hashCode();
      }
      return sum + java.time.LocalDate.of(2024, 1, 1).plusDays(sum & 7).getDayOfMonth();
    }
  }

  /** Allocates and drops garbage. */
  static final class Garbage {
    static int handle() {
      List<byte[]> chunks = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        chunks.add(new byte[1024]);
      }
      return chunks.size();
    }
  }
}
