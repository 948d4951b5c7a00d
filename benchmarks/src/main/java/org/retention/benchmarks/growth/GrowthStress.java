package org.retention.benchmarks.growth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.cache.CacheBuilder;
import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.beans.PropertyChangeSupport;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.ObjectName;
import org.retention.core.CheckResult;
import org.retention.core.growth.HeapGrowthCheck;
import org.retention.core.report.GrowthDetails;

/**
 * Runs {@code HeapGrowthCheck.run} with its defaults again and again on bounded caches and other
 * clean code, which must always pass, and on real leaks, which must always fail with a path and a
 * fingerprint; prints every wrong verdict and the counts. A verdict that depends on the machine's
 * luck (a cache's eviction, a background thread) is proven by counts, not by one green run.
 *
 * <pre>
 * java -Xmx1g -cp ... org.retention.benchmarks.growth.GrowthStress 100
 * java -Xmx1g -javaagent:core/target/retention-core-0.1.0-SNAPSHOT.jar -cp ... GrowthStress 100
 * </pre>
 */
public final class GrowthStress {
  private static final AtomicLong KEYS = new AtomicLong();
  /** With {@code -javaagent:retention-core.jar}, every leak must also say where it is allocated. */
  private static final boolean AGENT = ManagementFactory.getRuntimeMXBean().getInputArguments()
      .stream().anyMatch(argument -> argument.startsWith("-javaagent:"));

  private GrowthStress() {}

  /** {@code args[0]}: rounds over the whole corpus (default 10). */
  public static void main(String[] args) throws Throwable {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<Case> cases = List.of(
        clean("LRU LinkedHashMap bounded at 50, one key per call", () -> lruOf(50)),
        clean("LRU LinkedHashMap bounded at 500, one key per call", () -> lruOf(500)),
        clean("Guava maximumSize(50), 20 fresh keys per call", GrowthStress::guava),
        clean("Caffeine maximumSize(100), default executor", GrowthStress::caffeine),
        clean("String.intern of fresh strings", () -> () -> ("s-" + KEYS.incrementAndGet()).intern()),
        clean("Micrometer counter and timer with a fixed tag set", GrowthStress::fixedTags),
        clean("one shared Jackson ObjectMapper, write and read", GrowthStress::jackson),
        leak("Micrometer meter per unbounded tag value", GrowthStress::meterPerTag),
        leak("PropertyChangeSupport listener per call", GrowthStress::propertyListeners),
        leak("Guava EventBus.register per call", GrowthStress::eventBus),
        leak("MBean registered per call", GrowthStress::mbeans),
        leak("Timer task per call", GrowthStress::timerTasks),
        leak("one object every other call", GrowthStress::everyOther));
    System.out.printf("Java %s, %s rounds%s%n", Runtime.version(), rounds,
        AGENT ? ", with the agent" : "");
    for (Case each : cases) {
      each.runs = 0;
    }
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (Case each : cases) {
        each.run();
      }
    }
    System.out.println("| case | expected | runs | wrong | mean ms | max repetitions |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    int wrong = 0;
    for (Case each : cases) {
      System.out.printf("| %s | %s | %d | %d | %.0f | %d |%n", each.name,
          each.leaks ? "leak" : "pass", each.runs, each.wrong,
          each.nanos / 1e6 / each.runs, each.maxRepetitions);
      wrong += each.wrong;
    }
    System.out.printf("%d wrong verdicts in %d checks, %d s%n", wrong, rounds * cases.size(),
        (System.nanoTime() - start) / 1_000_000_000L);
    System.exit(wrong == 0 ? 0 : 1);
  }

  private static HeapGrowthCheck.Action lruOf(int bound) {
    Map<Long, byte[]> lru = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
        return size() > bound;
      }
    };
    return () -> lru.put(KEYS.incrementAndGet(), new byte[64]);
  }

  private static HeapGrowthCheck.Action guava() {
    com.google.common.cache.Cache<Long, byte[]> cache = CacheBuilder.newBuilder().maximumSize(50).build();
    return () -> {
      for (int i = 0; i < 20; i++) {
        cache.put(KEYS.incrementAndGet(), new byte[32]);
      }
    };
  }

  private static HeapGrowthCheck.Action caffeine() {
    com.github.benmanes.caffeine.cache.Cache<Long, byte[]> cache =
        Caffeine.newBuilder().maximumSize(100).build();
    return () -> cache.put(KEYS.incrementAndGet(), new byte[32]);
  }

  /** Request metrics as a service records them: the same few meters, found again per call. */
  private static HeapGrowthCheck.Action fixedTags() {
    MeterRegistry registry = Holders.meters;
    String[] statuses = {"200", "404", "500"};
    long[] calls = {0};
    return () -> {
      String status = statuses[(int) (calls[0]++ % statuses.length)];
      registry.counter("http.requests", "method", "GET", "status", status).increment();
      registry.timer("http.latency", "method", "GET").record(java.time.Duration.ofMillis(3));
    };
  }

  /** The user id as a tag: a new meter per user, kept by the registry for good. */
  private static HeapGrowthCheck.Action meterPerTag() {
    MeterRegistry registry = Holders.meters;
    return () -> registry.counter("logins", "user", "u-" + KEYS.incrementAndGet()).increment();
  }

  /** One mapper for the whole service: its serializer caches fill once, then stay. */
  private static HeapGrowthCheck.Action jackson() {
    ObjectMapper mapper = Holders.MAPPER;
    return () -> {
      long id = KEYS.incrementAndGet();
      String json = mapper.writeValueAsString(new Holders.Order(id, "item-" + id, List.of("a", "b")));
      if (mapper.readValue(json, Holders.Order.class).id() != id) {
        throw new AssertionError(json);
      }
    };
  }

  /** A bean's listeners: one more per call, never removed. */
  private static HeapGrowthCheck.Action propertyListeners() {
    PropertyChangeSupport support = Holders.changes;
    return () -> support.addPropertyChangeListener(new Holders.ChangeLogger());
  }

  private static HeapGrowthCheck.Action eventBus() {
    return () -> Holders.bus.register(new Holders.Subscriber());
  }

  private static HeapGrowthCheck.Action mbeans() {
    return () -> ManagementFactory.getPlatformMBeanServer().registerMBean(new Holders.Probe(),
        new ObjectName("org.retention.stress:type=Probe,id=" + KEYS.incrementAndGet()));
  }

  private static HeapGrowthCheck.Action timerTasks() {
    return () -> Holders.timer.schedule(new TimerTask() {
      @Override
      public void run() {}
    }, 3_600_000L);
  }

  private static HeapGrowthCheck.Action everyOther() {
    long[] calls = {0};
    return () -> {
      if (calls[0]++ % 2 == 0) {
        Holders.KEPT.add(new Holders.Kept());
      }
    };
  }

  private static Case clean(String name, Supplier<HeapGrowthCheck.Action> action) {
    return new Case(name, false, action);
  }

  private static Case leak(String name, Supplier<HeapGrowthCheck.Action> action) {
    return new Case(name, true, action);
  }

  /** What the leaking actions keep, where production code keeps it: in statics. */
  static final class Holders {
    static PropertyChangeSupport changes = new PropertyChangeSupport(new Object());
    static EventBus bus = new EventBus("stress");
    static Timer timer = new Timer("stress-timer", true);
    static final List<Kept> KEPT = new ArrayList<>();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static MeterRegistry meters = new SimpleMeterRegistry();

    /**
     * Lets every leaking case's objects go after its check, so that each run starts on the same
     * heap and the rounds do not slow down as leaks pile up.
     */
    static void forget() throws Exception {
      changes = new PropertyChangeSupport(new Object());
      bus = new EventBus("stress");
      timer.cancel();
      timer = new Timer("stress-timer", true);
      javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      for (ObjectName name : server.queryNames(new ObjectName("org.retention.stress:*"), null)) {
        server.unregisterMBean(name);
      }
      KEPT.clear();
      meters.close();
      meters = new SimpleMeterRegistry();
    }

    /** What the service writes and reads. */
    public record Order(long id, String item, List<String> tags) {}

    /** A listener that a view adds whenever it opens. */
    static final class ChangeLogger implements java.beans.PropertyChangeListener {
      @Override
      public void propertyChange(java.beans.PropertyChangeEvent event) {}
    }

    static final class Kept {
      final byte[] payload = new byte[24];
    }

    /** An event subscriber, as a service registers itself. */
    public static final class Subscriber {
      @Subscribe
      public void on(String event) {}
    }

    /** A standard MBean. */
    public interface ProbeMBean {
      int getValue();
    }

    /** Its implementation. */
    public static final class Probe implements ProbeMBean {
      @Override
      public int getValue() {
        return 1;
      }
    }
  }

  /** One action, its expected verdict and its counts. */
  private static final class Case {
    final String name;
    final boolean leaks;
    final Supplier<HeapGrowthCheck.Action> action;
    int runs;
    int wrong;
    long nanos;
    int maxRepetitions;

    Case(String name, boolean leaks, Supplier<HeapGrowthCheck.Action> action) {
      this.name = name;
      this.leaks = leaks;
      this.action = action;
    }

    void run() throws Throwable {
      long start = System.nanoTime();
      CheckResult result = HeapGrowthCheck.repeating(HeapGrowthCheck.DEFAULT_REPETITIONS)
          .reportedAs("stress", name).run(action.get());
      nanos += System.nanoTime() - start;
      runs++;
      if (runs % 10 == 0) {
        System.out.printf("%s: %d runs, %d wrong%n", name, runs, wrong);
      }
      GrowthDetails details = (GrowthDetails) result.recorded().orElseThrow().details();
      maxRepetitions = Math.max(maxRepetitions, details.repetitions());
      boolean right = leaks
          ? result.failed() && !details.groups().isEmpty()
              && result.failureMessage().contains("GC root: ")
              && result.failureMessage().contains("leak fingerprint: ")
              && (!AGENT || result.failureMessage().contains("  allocated at "))
          : !result.failed();
      Holders.forget();
      if (!right) {
        wrong++;
        System.out.printf("WRONG (%s, run %d): %s%n", name, runs,
            result.failed() ? result.failureMessage() : "passed");
      }
    }
  }
}
