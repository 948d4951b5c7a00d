package org.retention.benchmarks.explain;

import org.retention.core.probe.DescribeMode;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import kotlin.sequences.Sequence;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.text.ExplanationMessages;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.explain.RetentionPath;
import org.retention.core.internal.text.Descriptions;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;
import shark.HeapAnalysis;
import shark.HeapAnalysisSuccess;
import shark.HeapAnalyzer;
import shark.HeapGraph;
import shark.HeapObject;
import shark.IgnoredReferenceMatcher;
import shark.Leak;
import shark.LeakTrace;
import shark.MetadataExtractor;
import shark.ObjectInspectors;
import shark.OnAnalysisProgressListener;
import shark.OnAnalysisProgressListener.Step;
import shark.ReferencePattern;

/**
 * Our dump reader against Shark (LeakCanary's analyser) on the same live heap dump: three leaked
 * objects, held by a static field, a local variable of a waiting thread, and a ThreadLocal, among
 * a session cache of the given live size. Ours runs through {@link RetentionExplainer} with the
 * dump kept; Shark's {@link HeapAnalyzer} then analyses that file, finding the same watched
 * objects through the probe's weak references, with retained sizes. Prints times, peak heap use
 * (the sum of the heap pools' peaks while each analysis runs: garbage included, an upper bound)
 * and both reports' roots.
 *
 * <pre>
 * mvn -q -B -ntp compile -pl benchmarks -am
 * mvn -q -B -ntp dependency:build-classpath -pl benchmarks -am -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -cp benchmarks/target/classes:core/target/classes:$(cat /tmp/cp.txt) \
 *     org.retention.benchmarks.explain.SharkComparison 32 256
 * </pre>
 */
public final class SharkComparison {
  static final List<Object> AUDIT = new ArrayList<>();
  private static final ThreadLocal<Object> CONTEXT = new ThreadLocal<>();
  private static final String PROBE = "org.retention.core.probe.RetentionProbe";

  private SharkComparison() {}

  /** Runs the sizes given in MB; the first also prints Shark's leak traces. */
  public static void main(String[] args) throws Exception {
    System.out.println("java " + Runtime.version() + ", "
        + ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
    boolean first = true;
    for (String arg : args.length == 0 ? new String[] {"32", "256"} : args) {
      int megabytes = Integer.parseInt(arg);
      Map<String, ExplainBenchmark.Session> live = ExplainBenchmark.liveData(megabytes);
      compare(megabytes, first);
      first = false;
      live.clear();
    }
  }

  private static void compare(int megabytes, boolean printTraces) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> holders = new ArrayList<>();
    RetentionProbe probe = leakThree(release, holders);
    RetentionVerdict verdict = probe.awaitRelease();

    Peak peak = new Peak();
    Explanation ours = RetentionExplainer.explain(probe, verdict,
        new ExplainSettings(true, true, DescribeMode.TO_STRING));
    long ourPeak = peak.megabytes();
    Path dump = ours.heapDump().orElseThrow(() -> new IllegalStateException(ExplanationMessages.of(ours)));
    System.out.printf(Locale.ROOT, "%n== live %d MB, dump %d MB%n", megabytes,
        Files.size(dump) >> 20);
    System.out.printf(Locale.ROOT, "ours : dump %d ms, analysis %d ms (index, paths, retained"
        + " sizes), peak heap %d MB%n", ours.dumpTime().toMillis(),
        ours.analysisTime().toMillis(), ourPeak);
    for (RetentionPath path : ours.paths()) {
      System.out.printf(Locale.ROOT, "  %-12s %s | %d steps | retained %d B%n",
          path.root().kind(), path.root().description(), path.steps().size(),
          path.retainedBytes());
    }
    shark(dump.toFile(), probe.id(), false, printTraces);
    shark(dump.toFile(), probe.id(), true, false);

    release.countDown();
    for (Thread holder : holders) {
      holder.join();
    }
    AUDIT.clear();
    Files.delete(dump);
    Files.delete(dump.getParent());
    Reference.reachabilityFence(probe);
  }

  /**
   * One object in a static field, one in a local variable of thread "frame-holder", one in a
   * ThreadLocal of thread "thread-local-holder". The threads take their objects from a queue, so
   * neither this method's frame nor the threads' {@code Runnable}s hold them.
   */
  private static RetentionProbe leakThree(CountDownLatch release, List<Thread> holders)
      throws InterruptedException {
    SynchronousQueue<ExplainBenchmark.Session> handOff = new SynchronousQueue<>();
    CountDownLatch held = new CountDownLatch(2);
    Thread frameHolder = new Thread(() -> holdInLocal(handOff, held, release), "frame-holder");
    Thread localHolder = new Thread(() -> {
      holdInThreadLocal(handOff, held);
      await(release);
    }, "thread-local-holder");
    holders.add(frameHolder);
    holders.add(localHolder);
    frameHolder.start();
    ExplainBenchmark.Session inFrame = session("frame");
    handOff.put(inFrame);
    localHolder.start();
    ExplainBenchmark.Session inThreadLocal = session("thread-local");
    handOff.put(inThreadLocal);
    held.await();
    ExplainBenchmark.Session inStatic = session("static");
    AUDIT.add(inStatic);
    return RetentionProbe.builder()
        .watch("value", inStatic, "static").watch("value", inFrame, "frame")
        .watch("value", inThreadLocal, "thread-local").build();
  }

  private static void shark(File dump, long probeId, boolean retainedSizes, boolean print) {
    Map<Step, Long> starts =
        new EnumMap<>(Step.class);
    OnAnalysisProgressListener listener = step -> starts.put(step, System.nanoTime());
    Peak peak = new Peak();
    long start = System.nanoTime();
    HeapAnalysis analysis = new HeapAnalyzer(listener).analyze(dump,
        graph -> watchedObjects(graph, probeId),
        List.of(new IgnoredReferenceMatcher(
            new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent"))),
        retainedSizes, List.of(ObjectInspectors.THREAD), MetadataExtractor.Companion.getNO_OP(), null);
    long total = System.nanoTime() - start;
    long sharkPeak = peak.megabytes();
    if (!(analysis instanceof HeapAnalysisSuccess success)) {
      System.out.println("shark: FAILED " + analysis);
      return;
    }
    Map<Step, Long> phases = durations(starts, start + total);
    System.out.printf(Locale.ROOT, "shark (%s): analysis %d ms (parse+index %d, paths %d, retained"
        + " sizes %d, traces %d), peak heap %d MB%n",
        retainedSizes ? "with retained sizes" : "paths only", total / 1_000_000,
        sum(phases, Step.PARSING_HEAP_DUMP, Step.EXTRACTING_METADATA,
            Step.FINDING_RETAINED_OBJECTS),
        sum(phases, Step.FINDING_PATHS_TO_RETAINED_OBJECTS),
        sum(phases, Step.FINDING_DOMINATORS, Step.INSPECTING_OBJECTS,
            Step.COMPUTING_NATIVE_RETAINED_SIZE, Step.COMPUTING_RETAINED_SIZE),
        sum(phases, Step.BUILDING_LEAK_TRACES, Step.REPORTING_HEAP_ANALYSIS), sharkPeak);
    for (Leak leak : success.getApplicationLeaks()) {
      for (LeakTrace trace : leak.getLeakTraces()) {
        System.out.printf(Locale.ROOT, "  %-12s %s | %d steps | retained %s B%n",
            trace.getGcRootType(), trace.getReferencePath().isEmpty() ? "-"
                : trace.getReferencePath().get(0).getOriginObject().getClassName()
                + " " + trace.getReferencePath().get(0).getReferenceDisplayName(),
            trace.getReferencePath().size(), trace.getRetainedHeapByteSize());
        if (print) {
          System.out.println(indent(trace.toString()));
        }
      }
    }
  }

  /** The probe's watched objects, found the way our analysis finds them. */
  private static Set<Long> watchedObjects(HeapGraph graph, long probeId) {
    Set<Long> ids = new HashSet<>();
    HeapObject.HeapClass probeClass = graph.findClassByName(PROBE);
    Sequence<HeapObject.HeapInstance> probes = probeClass.getInstances();
    for (java.util.Iterator<HeapObject.HeapInstance> it = probes.iterator(); it.hasNext(); ) {
      HeapObject.HeapInstance probe = it.next();
      if (probe.get(PROBE, "id").getValue().getAsLong() != probeId) {
        continue;
      }
      HeapObject.HeapObjectArray references =
          probe.get(PROBE, "references").getValueAsObjectArray();
      for (long referenceId : references.readRecord().getElementIds()) {
        HeapObject.HeapInstance reference = graph.findObjectById(referenceId).getAsInstance();
        Long referent = reference.get("java.lang.ref.Reference", "referent").getValue()
            .getAsNonNullObjectId();
        if (referent != null) {
          ids.add(referent);
        }
      }
    }
    return ids;
  }

  /** Each step's duration: from its start to the next recorded step's, or to {@code end}. */
  private static Map<Step, Long> durations(Map<Step, Long> starts, long end) {
    Map<Step, Long> durations = new EnumMap<>(Step.class);
    List<Step> steps = new ArrayList<>(starts.keySet());
    for (int i = 0; i < steps.size(); i++) {
      long next = i + 1 < steps.size() ? starts.get(steps.get(i + 1)) : end;
      durations.put(steps.get(i), next - starts.get(steps.get(i)));
    }
    return durations;
  }

  private static long sum(Map<Step, Long> durations, Step... steps) {
    long nanos = 0;
    for (Step step : steps) {
      nanos += durations.getOrDefault(step, 0L);
    }
    return nanos / 1_000_000;
  }

  private static String indent(String text) {
    return "    " + text.strip().replace("\n", "\n    ");
  }

  private static ExplainBenchmark.Session session(String name) {
    return new ExplainBenchmark.Session(name, new byte[64]);
  }

  private static void holdInThreadLocal(
      SynchronousQueue<ExplainBenchmark.Session> handOff, CountDownLatch held) {
    CONTEXT.set(take(handOff));
    held.countDown();
  }

  private static void holdInLocal(SynchronousQueue<ExplainBenchmark.Session> handOff,
      CountDownLatch held, CountDownLatch release) {
    ExplainBenchmark.Session value = take(handOff);
    held.countDown();
    await(release);
    Reference.reachabilityFence(value);
  }

  private static ExplainBenchmark.Session take(SynchronousQueue<ExplainBenchmark.Session> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The heap pools' peak use since construction, in MB. */
  private static final class Peak {
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();

    Peak() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
          pools.add(pool);
        }
      }
    }

    long megabytes() {
      return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
  }
}
