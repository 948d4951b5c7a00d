package org.retention.benchmarks.shark3;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.retention.core.growth.GrowthGroup;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.growth.HeapGrowthCheck;
import shark.CloseableHeapGraph;
import shark.HeapDiff;
import shark.HeapTraversalInput;
import shark.HeapTraversalOutput;
import shark.HprofHeapGraph;
import shark.HprofIndex;
import shark.InitialState;
import shark.JvmObjectGrowthDetectorKt;
import shark.JvmObjectGrowthReferenceMatchers;
import shark.ObjectGrowthDetector;
import shark.ShortestPathObjectNode;

/**
 * Retention's {@link HeapGrowthCheck} and LeakCanary 3.0-alpha-8's {@code ObjectGrowthDetector}
 * (shark's JVM heap-growth detection), side by side on the same actions. Shark is driven the way
 * its repeating-scenario detector drives it: the action 10 times per heap dump, a traversal per
 * dump, at most 5 dumps, stopping at the first dump that shows no growth.
 */
public final class GrowthPeerComparison {
  private static final int LOOPS_PER_DUMP = 10;
  private static final int MAX_DUMPS = 5;

  static final List<Object> LISTENERS = new CopyOnWriteArrayList<>();
  static final Map<String, Object> MEMO = new HashMap<>();
  static final ExecutorService POOL = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "pooled");
    thread.setDaemon(true);
    return thread;
  });
  static final ThreadLocal<List<Object>> TRACES = ThreadLocal.withInitial(ArrayList::new);
  static final Map<String, Object> BOUNDED = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > 8;
    }
  };
  private static int next;

  private GrowthPeerComparison() {}

  /** A leaked listener, memo entry or trace. */
  static final class Leaked {
    final byte[] payload = new byte[64];
  }

  public static void main(String[] args) throws Throwable {
    Map<String, HeapGrowthCheck.Action> actions = new LinkedHashMap<>();
    actions.put("listener list (leaks)", () -> LISTENERS.add(new Leaked()));
    actions.put("static map (leaks)", () -> MEMO.put("k" + next++, new Leaked()));
    actions.put("ThreadLocal of pooled thread (leaks)",
        () -> POOL.submit(() -> TRACES.get().add(new Leaked())).get());
    actions.put("bounded LRU cache (clean)", () -> BOUNDED.put("b" + next++, new Leaked()));
    actions.put("garbage only (clean)", () -> new ArrayList<>(List.of(new Leaked())));
    System.out.printf("Java %s, heap %,d MB max%n", Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("| action | Retention | time | Shark 3.0-alpha-8 | time |%n|---|---|---:|---|---:|%n");
    for (Map.Entry<String, HeapGrowthCheck.Action> action : actions.entrySet()) {
      long start = System.nanoTime();
      GrowthVerdict verdict = HeapGrowthCheck.repeating(40).run(action.getValue());
      long retentionMillis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      String shark = shark(action.getValue());
      long sharkMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(Locale.ROOT, "| %s | %s | %,d ms | %s | %,d ms |%n", action.getKey(),
          retention(verdict), retentionMillis, shark, sharkMillis);
    }
  }

  private static String retention(GrowthVerdict verdict) {
    if (!verdict.grew()) {
      return "pass";
    }
    GrowthGroup group = verdict.groups().get(0);
    return "fail: " + group.first().className().replaceAll(".*[.$]", "") + " piles up in "
        + group.steps().get(group.placeStep()).text().replaceAll("\\[\\d+]", "[]")
        + " (" + group.root().kind() + ")";
  }

  private static String shark(HeapGrowthCheck.Action action) throws Throwable {
    ObjectGrowthDetector detector = JvmObjectGrowthDetectorKt.forJvmHeap(
        ObjectGrowthDetector.Companion, JvmObjectGrowthReferenceMatchers.Companion.getDefaults());
    HeapTraversalInput input = new InitialState(LOOPS_PER_DUMP);
    for (int dump = 1; dump <= MAX_DUMPS; dump++) {
      for (int i = 0; i < LOOPS_PER_DUMP; i++) {
        action.run();
      }
      Path directory = Files.createTempDirectory("retention-shark3-");
      File file = directory.resolve("heap.hprof").toFile();
      try {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
            .dumpHeap(file.getPath(), true);
        try (CloseableHeapGraph graph = HprofHeapGraph.Companion.openHeapGraph(file, null,
            HprofIndex.Companion.defaultIndexedGcRootTags())) {
          HeapTraversalOutput output = detector.findGrowingObjects(graph, input);
          if (output instanceof HeapDiff diff && !diff.isGrowing()) {
            return "pass (" + dump + " dumps)";
          }
          input = output;
        }
      } finally {
        Files.deleteIfExists(file.toPath());
        Files.deleteIfExists(directory);
      }
    }
    List<ShortestPathObjectNode> growing = ((HeapDiff) input).getGrowingObjects();
    return "fail: " + growing.size() + " growing node(s), first "
        + growing.get(0).getName().replace('|', '/') + " (" + MAX_DUMPS + " dumps)";
  }
}
