package org.retention.core.internal.heap;

import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.RetentionPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.retention.core.probe.RetainedObject;

/**
 * Finds, in an indexed heap dump, the probe's watched objects, the shortest path from a GC root
 * to each, and what each retains.
 *
 * <p>The probe is found by its random id; its {@code references} array leads to the watched
 * objects. Every search ignores {@code Reference.referent} unless it looks for soft paths, so the
 * probe's own weak references (and any other) can never be a path.
 */
final class HeapAnalysis {
  /**
   * Root records in the order that breaks ties between equally short paths; a live thread is named
   * as a thread even when a local variable also holds it.
   */
  private static final List<Integer> ROOT_ORDER = List.of(0x08, 0x03, 0x01, 0x02, 0x07, 0x04,
      0x05, 0x06, 0xFF);
  private static final Set<String> ORDINARY_LOADERS = Set.of(
      "jdk.internal.loader.ClassLoaders$AppClassLoader",
      "jdk.internal.loader.ClassLoaders$PlatformClassLoader");
  private static final int UNVISITED = -1;
  /**
   * Frames of the assertion itself: they hold the map under test ({@code actual}) so that they can
   * clear it, and a path through them would blame the assertion for what the code under test
   * keeps. They are roots of last resort, used only for objects that nothing else reaches.
   */
  private static final List<String> OWN_FRAME_CLASS_PREFIXES = List.of(
      "org.retention.core.RetentionCheck", "org.retention.assertj.RetentionMapAssert", "org.retention.assertj.MapPart",
      "org.retention.assertj.RetentionSoftAssertions", "org.retention.junit.RetentionExtension",
      "org.assertj.core.");

  private final HprofIndex heap;
  /** A seed is a static field ({@code StaticRoot}) or a root record, best first. */
  private final List<Object> seedRoots = new ArrayList<>();
  private final List<Integer> seedObjects = new ArrayList<>();
  /** The seeds that are {@link #OWN_FRAME_CLASS_PREFIXES own frames}. */
  private final BitSet ownFrameSeeds = new BitSet();

  private record StaticRoot(HprofIndex.ClassInfo type, String field) {}

  /** What the analysis found. */
  record Result(List<RetentionPath> paths, Map<Reachability, Integer> reachability) {}

  HeapAnalysis(HprofIndex heap) {
    this.heap = heap;
    List<HprofIndex.ClassInfo> classes = new ArrayList<>();
    heap.classes().forEach(classes::add);
    classes.sort(Comparator.comparing(type -> type.name));
    for (HprofIndex.ClassInfo type : classes) {
      for (int i = 0; i < type.staticNames.length; i++) {
        addSeed(new StaticRoot(type, type.staticNames[i]), type.staticValues[i]);
      }
    }
    for (int tag : ROOT_ORDER) {
      heap.roots.stream().filter(root -> root.tag() == tag)
          .forEach(root -> addSeed(root, root.objectId()));
    }
  }

  private void addSeed(Object root, long id) {
    int index = heap.indexOf(id);
    if (index >= 0) {
      if (root instanceof HprofIndex.Root frameRoot && frameRoot.tag() == 0x03
          && frame(frameRoot).map(HprofIndex.Frame::className)
              .filter(name -> OWN_FRAME_CLASS_PREFIXES.stream().anyMatch(name::startsWith))
              .isPresent()) {
        ownFrameSeeds.set(seedRoots.size());
      }
      seedRoots.add(root);
      seedObjects.add(index);
    }
  }

  /**
   * Explains the watched objects of the probe with {@code probeId}.
   *
   * @param retained the verdict's retained objects; the first that the dump still holds get paths
   * @param retainedCount how many objects the verdict found retained
   * @throws IllegalStateException when the dump has no such probe
   */
  Result analyse(long probeId, List<RetainedObject> retained, int retainedCount) {
    int[] watched = watchedObjects(probeId);
    BitSet allTargets = new BitSet(heap.objectCount());
    for (int target : watched) {
      if (target >= 0) {
        allTargets.set(target);
      }
    }
    Searches searches = new Searches(allTargets);

    Map<Reachability, Integer> counts = new EnumMap<>(Reachability.class);
    for (int target = allTargets.nextSetBit(0); target >= 0;
        target = allTargets.nextSetBit(target + 1)) {
      counts.merge(searches.reachability(target), 1, Integer::sum);
    }
    int collectedLate = retainedCount - allTargets.cardinality();
    if (collectedLate > 0) {
      counts.put(Reachability.COLLECTED_LATE, collectedLate);
    }
    List<RetainedObject> explained = new ArrayList<>();
    BitSet explainedTargets = new BitSet();
    for (RetainedObject object : retained) {
      int target = watched[object.index()];
      if (target >= 0 && searches.reached(target)
          && explained.size() < RetentionExplainer.MAX_EXPLAINED) {
        explained.add(object);
        explainedTargets.set(target);
      }
    }
    RetainedSizes sizes = new RetainedSizes(explainedTargets);
    List<RetentionPath> paths = new ArrayList<>();
    for (RetainedObject object : explained) {
      int target = watched[object.index()];
      Reachability way = searches.reachability(target);
      paths.add(path(object, way, target, searches.parentsOf(target), sizes.of(target)));
    }
    return new Result(paths, counts);
  }

  /**
   * The watched objects of the probe, by watch index: the object's index in the dump, or -2 when
   * its weak reference was cleared since the verdict.
   */
  private int[] watchedObjects(long probeId) {
    for (int probe : heap.probeInstances) {
      if (heap.field(probe, "id") == probeId) {
        int references = heap.indexOf(heap.field(probe, "references"));
        int[] watched = new int[heap.arrayLength(references)];
        for (int i = 0; i < watched.length; i++) {
          int reference = heap.indexOf(heap.objectArrayElement(references, i));
          int referent = reference < 0 ? -1 : heap.indexOf(heap.field(reference, "referent"));
          watched[i] = referent < 0 ? -2 : referent;
        }
        return watched;
      }
    }
    throw new IllegalStateException("the heap dump holds no probe with id " + probeId);
  }

  /**
   * The three searches, each only for the targets the one before did not reach: strong paths from
   * every root but the assertion's own frames; strong paths from those frames too; paths through
   * {@code Reference.referent}.
   */
  private final class Searches {
    final int[] strong;
    final int[] strongFromOwnFrames;
    final int[] weak;

    Searches(BitSet targets) {
      strong = search(targets, false, false);
      BitSet notStrong = unreached(targets, strong);
      strongFromOwnFrames = notStrong.isEmpty() ? strong : search(notStrong, false, true);
      BitSet notStrongAtAll = unreached(notStrong, strongFromOwnFrames);
      weak = notStrongAtAll.isEmpty() ? strongFromOwnFrames : search(notStrongAtAll, true, true);
    }

    Reachability reachability(int target) {
      if (strong[target] != UNVISITED || strongFromOwnFrames[target] != UNVISITED) {
        return Reachability.STRONG;
      }
      return referenceLink(target, weak)
          .filter(HeapAnalysis.this::isSoft)
          .map(link -> Reachability.SOFT)
          .orElse(Reachability.OTHER_REFERENCE);
    }

    /** Whether any search reached {@code target}. */
    boolean reached(int target) {
      return parentsOf(target)[target] != UNVISITED;
    }

    /** The parents that lead to {@code target} from the search that reached it first. */
    int[] parentsOf(int target) {
      return strong[target] != UNVISITED ? strong
          : strongFromOwnFrames[target] != UNVISITED ? strongFromOwnFrames : weak;
    }

    private BitSet unreached(BitSet targets, int[] parents) {
      BitSet unreached = (BitSet) targets.clone();
      for (int target = targets.nextSetBit(0); target >= 0;
          target = targets.nextSetBit(target + 1)) {
        if (parents[target] != UNVISITED) {
          unreached.clear(target);
        }
      }
      return unreached;
    }
  }

  /**
   * Breadth-first from every root, so the first parent recorded is on a shortest path. Stops once
   * every target is reached. A parent below {@code UNVISITED} marks a seed: {@code -2 - seed}.
   */
  private int[] search(BitSet targets, boolean followReferents, boolean fromOwnFrames) {
    int[] parents = new int[heap.objectCount()];
    Arrays.fill(parents, UNVISITED);
    int[] queue = new int[heap.objectCount()];
    int tail = 0;
    int remaining = targets.cardinality();
    for (int seed = 0; seed < seedObjects.size(); seed++) {
      int object = seedObjects.get(seed);
      if (parents[object] == UNVISITED && (fromOwnFrames || !ownFrameSeeds.get(seed))) {
        parents[object] = -2 - seed;
        queue[tail++] = object;
        if (targets.get(object)) {
          remaining--;
        }
      }
    }
    Expander expander = new Expander(parents, queue, tail, targets, remaining);
    for (int head = 0; head < expander.tail && expander.remaining > 0; head++) {
      expander.parent = queue[head];
      heap.forEachReference(queue[head], followReferents, expander);
    }
    return parents;
  }

  private final class Expander implements HprofIndex.ReferenceVisitor {
    final int[] parents;
    final int[] queue;
    final BitSet targets;
    int tail;
    int remaining;
    int parent;

    Expander(int[] parents, int[] queue, int tail, BitSet targets, int remaining) {
      this.parents = parents;
      this.queue = queue;
      this.tail = tail;
      this.targets = targets;
      this.remaining = remaining;
    }

    @Override
    public void visit(long id, int slot) {
      int child = heap.indexOf(id);
      if (child >= 0 && parents[child] == UNVISITED) {
        parents[child] = parent;
        queue[tail++] = child;
        if (targets.get(child)) {
          remaining--;
        }
      }
    }
  }

  private RetentionPath path(
      RetainedObject object, Reachability way, int target, int[] parents, long retainedBytes) {
    List<Integer> chain = new ArrayList<>();
    int current = target;
    while (parents[current] >= 0) {
      chain.add(0, current);
      current = parents[current];
    }
    chain.add(0, current);
    List<PathStep> steps = new ArrayList<>();
    for (int i = 1; i < chain.size(); i++) {
      steps.add(step(chain.get(i - 1), chain.get(i)));
    }
    GcRoot root = root(seedRoots.get(-2 - parents[current]), current, steps);
    Optional<PathStep> link = way == Reachability.STRONG
        ? Optional.empty()
        : referenceLink(target, parents).map(this::linkStep);
    return RetentionPath.of(object, way, root, steps, link, retainedBytes);
  }

  /** The first referent edge on the path to {@code target}: its holder's index. */
  private Optional<Integer> referenceLink(int target, int[] parents) {
    Integer link = null;
    for (int child = target; parents[child] >= 0; child = parents[child]) {
      HprofIndex.ClassInfo type = heap.tagOf(parents[child]) == 0x21
          ? heap.classOf(parents[child]) : null;
      if (type != null && type.referentSlot >= 0
          && heap.field(parents[child], "referent") == heap.idOf(child)) {
        link = parents[child];
      }
    }
    return Optional.ofNullable(link);
  }

  private boolean isSoft(int holder) {
    return heap.classOf(holder).isSubclassOf(heap, "java.lang.ref.SoftReference");
  }

  private PathStep linkStep(int holder) {
    return new PathStep(heap.classOf(holder).name, "referent", -1);
  }

  /** The reference from {@code parent} to {@code child}, as a step. */
  private PathStep step(int parent, int child) {
    long childId = heap.idOf(child);
    int[] slot = {-1};
    heap.forEachReference(parent, true, (id, slotOrIndex) -> {
      if (id == childId && slot[0] < 0) {
        slot[0] = slotOrIndex;
      }
    });
    HprofIndex.ClassInfo type = heap.classOf(parent);
    if (heap.tagOf(parent) != 0x21) {
      return new PathStep(type.name, null, slot[0]);
    }
    if (slot[0] == type.referentSlot) {
      return new PathStep(type.name, "referent", -1);
    }
    return new PathStep(type.referenceDeclarers[slot[0]], type.referenceNames[slot[0]], -1);
  }

  private GcRoot root(Object seed, int object, List<PathStep> steps) {
    if (seed instanceof StaticRoot field) {
      String name = field.type().name + "." + field.field();
      HprofIndex.ClassInfo loader = field.type().loaderId == 0 ? null
          : heap.indexOf(field.type().loaderId) < 0 ? null
          : heap.classOf(heap.indexOf(field.type().loaderId));
      String loaderNote = loader == null || ORDINARY_LOADERS.contains(loader.name)
          ? "" : " (class loaded by " + loader.name + ")";
      return new GcRoot(RootKind.STATIC_FIELD, "static field " + name + loaderNote,
          "static " + Fingerprints.normalize(name));
    }
    HprofIndex.Root root = (HprofIndex.Root) seed;
    String thread = threadName(root.threadSerial());
    return switch (root.tag()) {
      case 0x03 -> {
        Optional<HprofIndex.Frame> frame = frame(root);
        String method = frame.map(f -> f.className() + "." + f.method()).orElse("an unknown method");
        String where = frame.map(f -> "(" + (f.sourceFile() == null ? "?" : f.sourceFile())
            + (f.line() > 0 ? ":" + f.line() : "") + ")").orElse("");
        yield new GcRoot(RootKind.THREAD_STACK, "local variable in " + method + where
            + ", on the stack of thread " + thread, "stack " + Fingerprints.normalize(method));
      }
      case 0x08 -> !steps.isEmpty() && steps.get(0).holderClass().equals("java.lang.Thread")
          && steps.get(0).field().endsWith("hreadLocals")
          ? new GcRoot(RootKind.THREAD_LOCAL, "ThreadLocal value of thread " + thread,
              "thread-local " + steps.get(0).field())
          : new GcRoot(RootKind.THREAD, "thread " + thread + " (" + heap.classNameOf(object) + ")",
              "thread " + Fingerprints.normalize(heap.classNameOf(object)));
      case 0x01 -> new GcRoot(RootKind.JNI, "JNI global reference", "jni-global");
      case 0x02 -> new GcRoot(RootKind.JNI, "JNI local reference on the stack of thread " + thread,
          "jni-local");
      case 0x04 -> new GcRoot(RootKind.JNI, "native stack of thread " + thread, "native-stack");
      case 0x07 -> new GcRoot(RootKind.MONITOR,
          "monitor of a synchronized block still running", "monitor");
      default -> new GcRoot(RootKind.VM_INTERNAL, "VM internal reference (HPROF root 0x"
          + Integer.toHexString(root.tag()) + ")", "vm-" + root.tag());
    };
  }

  private Optional<HprofIndex.Frame> frame(HprofIndex.Root root) {
    HprofIndex.ThreadInfo thread = heap.threads.get(root.threadSerial());
    if (thread == null) {
      return Optional.empty();
    }
    List<HprofIndex.Frame> frames = heap.stackTrace(thread.traceSerial());
    return root.frame() >= 0 && root.frame() < frames.size()
        ? Optional.ofNullable(frames.get(root.frame()))
        : Optional.empty();
  }

  private String threadName(int serial) {
    HprofIndex.ThreadInfo thread = heap.threads.get(serial);
    int index = thread == null ? -1 : heap.indexOf(thread.objectId());
    String name = index < 0 ? null : heap.stringValue(heap.indexOf(heap.field(index, "name")));
    return name == null ? "#" + serial : "\"" + name + "\"";
  }

  /**
   * Retained sizes of the explained objects: what releasing one target frees. Its candidates are
   * what it reaches; an object outside them is reachable without passing through the target (or
   * the target would reach it), so any candidate such an object or a root references survives,
   * and so does what that candidate reaches. One sequential pass over the dump finds those
   * references, for all targets at once.
   */
  private final class RetainedSizes {
    private final Map<Integer, BitSet> candidates = new HashMap<>();
    private final BitSet union = new BitSet();
    private final BitSet heldFromOutside = new BitSet();

    RetainedSizes(BitSet targets) {
      for (int target = targets.nextSetBit(0); target >= 0;
          target = targets.nextSetBit(target + 1)) {
        BitSet reached = new BitSet();
        reached.set(target);
        mark(List.of(target), reached, -1);
        candidates.put(target, reached);
        union.or(reached);
      }
      LongIntMap unionIds = new LongIntMap(union.cardinality());
      for (int object = union.nextSetBit(0); object >= 0; object = union.nextSetBit(object + 1)) {
        unionIds.put(heap.idOf(object), object);
      }
      seedObjects.forEach(seed -> {
        if (union.get(seed)) {
          heldFromOutside.set(seed);
        }
      });
      for (int object = 0; object < heap.objectCount(); object++) {
        if (!union.get(object)) {
          heap.forEachReference(object, false, (id, slot) -> {
            int held = unionIds.get(id);
            if (held >= 0) {
              heldFromOutside.set(held);
            }
          });
        }
      }
    }

    long of(int target) {
      BitSet reached = candidates.get(target);
      BitSet alive = (BitSet) heldFromOutside.clone();
      alive.and(reached);
      for (int other = union.nextSetBit(0); other >= 0; other = union.nextSetBit(other + 1)) {
        if (!reached.get(other)) {
          heap.forEachReference(other, false, (id, slot) -> {
            int child = heap.indexOf(id);
            if (child >= 0 && reached.get(child)) {
              alive.set(child);
            }
          });
        }
      }
      alive.clear(target);
      List<Integer> start = alive.stream().boxed().toList();
      BitSet survivors = (BitSet) alive.clone();
      survivors.set(target);
      mark(start, survivors, target);
      survivors.clear(target);
      long bytes = 0;
      for (int object = reached.nextSetBit(0); object >= 0; object = reached.nextSetBit(object + 1)) {
        if (!survivors.get(object)) {
          bytes += heap.shallowSize(object);
        }
      }
      return bytes;
    }

    /** Marks what {@code start} reaches through strong references, never entering {@code stop}. */
    private void mark(List<Integer> start, BitSet marked, int stop) {
      int[][] queue = {new int[Math.max(16, start.size())]};
      int[] tail = {0};
      start.forEach(object -> queue[0][tail[0]++] = object);
      for (int head = 0; head < tail[0]; head++) {
        heap.forEachReference(queue[0][head], false, (id, slot) -> {
          int child = heap.indexOf(id);
          if (child >= 0 && child != stop && !marked.get(child)) {
            marked.set(child);
            if (tail[0] == queue[0].length) {
              queue[0] = Arrays.copyOf(queue[0], tail[0] * 2);
            }
            queue[0][tail[0]++] = child;
          }
        });
      }
    }
  }
}
