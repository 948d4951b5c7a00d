package org.retention.core.internal.heap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;

/**
 * Where instances of growing classes pile up, read from a heap dump: the places (a collection's
 * array, a field) that hold them, identified across dumps by the signature of their path from a GC
 * root (classes and fields, no array indices), so that two dumps taken some repetitions apart show
 * which place grew.
 *
 * <pre>{@code
 * GrowthPaths.Census before = GrowthPaths.census(Set.of("org.example.Listener"), ignored);
 * // ... more repetitions ...
 * List<GrowthPaths.Pile> piles = GrowthPaths.piles(Map.of("org.example.Listener", 20), ignored, before);
 * }</pre>
 *
 * <p>A breadth-first search from every root gives each object its shortest strong path
 * ({@code Reference.referent} is not followed: what only a weak or soft reference holds is not
 * accumulating). A pile is the deepest object on the paths of at least the given number of
 * instances. Piles that an ignored class holds (the test engine, Retention itself) are skipped.
 * Dumps are written one at a time VM-wide and deleted as soon as they are read.
 */
public final class GrowthPaths {
  private static final int UNVISITED = -1;

  private GrowthPaths() {}

  /**
   * How many instances of each class each path signature held in one dump.
   *
   * @param countsByClass per class (JVM name), sorted signature hashes and their instance counts
   */
  public record Census(Map<String, SignatureCounts> countsByClass) {
    /** The census of a run that took no dump: every place held nothing. */
    public static final Census EMPTY = new Census(Map.of());

    long countOf(String className, long signature) {
      SignatureCounts counts = countsByClass.get(className);
      return counts == null ? 0 : counts.of(signature);
    }
  }

  /** Signature hashes, sorted, with the instances held under each: two arrays, nothing more. */
  public record SignatureCounts(long[] signatures, int[] counts) {
    long of(long signature) {
      int at = Arrays.binarySearch(signatures, signature);
      return at < 0 ? 0 : counts[at];
    }
  }

  /**
   * A place where instances of one class pile up.
   *
   * @param className the class of the instances (JVM name)
   * @param signature the hash of the path to the place, the same in every dump of the run
   * @param instances how many instances the place held in this dump
   * @param added how many more it held than in the earlier census
   * @param root the GC root of the path
   * @param toPlace the steps from the root's object to the place
   * @param placeClass the class of the place ({@code java.lang.Object[]})
   * @param intoPlace the steps from the place to one of the instances
   */
  public record Pile(String className, long signature, long instances, long added, GcRoot root,
      List<PathStep> toPlace, String placeClass, List<PathStep> intoPlace) {
    /** The whole path, root to instance. */
    public List<PathStep> steps() {
      List<PathStep> steps = new ArrayList<>(toPlace);
      steps.addAll(intoPlace);
      return steps;
    }
  }

  /** Dumps the heap and counts where the instances of {@code classNames} are held. */
  public static Census census(Set<String> classNames, List<String> ignoredPrefixes)
      throws IOException {
    return withDump(dump -> {
      Search search = new Search(HprofIndex.open(dump, VmLayout.current()), ignoredPrefixes);
      Map<String, SignatureCounts> counts = new LinkedHashMap<>();
      for (String name : classNames) {
        counts.put(name, search.countsBySignature(name, search.instancesOf(name)));
      }
      return new Census(counts);
    });
  }

  /**
   * Dumps the heap and finds, for each class, the places holding at least {@code minimum} of its
   * instances that hold more of them than {@code before} found, the biggest first.
   */
  public static List<Pile> piles(
      Map<String, Integer> minimumByClass, List<String> ignoredPrefixes, Census before)
      throws IOException {
    return withDump(dump -> {
      Search search = new Search(HprofIndex.open(dump, VmLayout.current()), ignoredPrefixes);
      List<Pile> piles = new ArrayList<>();
      minimumByClass.forEach((name, minimum) ->
          piles.addAll(search.piles(name, minimum, before)));
      piles.sort((a, b) -> Long.compare(b.added(), a.added()));
      return piles;
    });
  }

  private interface DumpReader<T> {
    T read(Path dump) throws IOException;
  }

  private static <T> T withDump(DumpReader<T> reader) throws IOException {
    HeapDumps.ONE_AT_A_TIME.lock();
    try {
      Path dump = HeapDumps.dumpLiveHeap();
      try {
        return reader.read(dump);
      } finally {
        HeapDumps.delete(dump);
      }
    } finally {
      HeapDumps.ONE_AT_A_TIME.unlock();
    }
  }

  /** One breadth-first search of a dump, with every object's parent and path signature. */
  private static final class Search {
    private final HprofIndex heap;
    private final HeapRoots roots;
    private final int[] parents;
    /** Per object: the hash of its path's signature. */
    private final long[] signatures;
    /** Objects whose path passes through an ignored class, or starts at one. */
    private final BitSet ignored = new BitSet();
    private final List<String> ignoredPrefixes;
    private final Map<HprofIndex.ClassInfo, Boolean> ignoredTypes = new java.util.IdentityHashMap<>();

    Search(HprofIndex heap, List<String> ignoredPrefixes) {
      this.heap = heap;
      this.roots = new HeapRoots(heap);
      this.ignoredPrefixes = ignoredPrefixes;
      int objects = heap.objectCount();
      parents = new int[objects];
      signatures = new long[objects];
      Arrays.fill(parents, UNVISITED);
      int[] queue = new int[objects];
      int tail = 0;
      // The checker's own frames hold the action, and through it what the caller holds: they are
      // seeds of last resort, so that a path names the caller's variable, not Retention's.
      List<Integer> seeds = new ArrayList<>();
      List<Integer> lastResort = new ArrayList<>();
      for (int seed = 0; seed < roots.count(); seed++) {
        (roots.frameClass(seed).filter(this::isIgnored).isPresent() ? lastResort : seeds).add(seed);
      }
      seeds.addAll(lastResort);
      for (int seed : seeds) {
        int object = roots.object(seed);
        if (parents[object] == UNVISITED) {
          parents[object] = -2 - seed;
          signatures[object] = roots.describe(seed, List.of()).signature().hashCode();
          if (roots.staticOwner(seed).filter(this::isIgnored).isPresent()
              || roots.isResolvedConstants(seed) || isIgnoredObject(object)
              || lastResort.contains(seed) && isJdkClass(heap.classNameOf(object))) {
            ignored.set(object);
          }
          queue[tail++] = object;
        }
      }
      Map<HprofIndex.ClassInfo, long[]> stepHashes = new HashMap<>();
      for (int head = 0; head < tail; head++) {
        int parent = queue[head];
        boolean array = heap.tagOf(parent) != HprofObjectTag.INSTANCE_DUMP;
        HprofIndex.ClassInfo type = heap.classOf(parent);
        long[] hashes = type == null || array ? null
            : stepHashes.computeIfAbsent(type, Search::stepHashes);
        long arrayHash = type == null ? 0 : type.name.hashCode();
        int[] end = {tail};
        heap.forEachReference(parent, false, (id, slot) -> {
          // Objects pile up in collections, arrays and fields: an instance's class, a class's
          // loader and the like (negative slots, see Edges) are never where they grow.
          int child = slot < 0 ? -1 : heap.indexOf(id);
          if (child >= 0 && parents[child] == UNVISITED) {
            parents[child] = parent;
            long step = hashes == null ? arrayHash : hashes[slot];
            signatures[child] = signatures[parent] * 1_000_003L + step;
            if (ignored.get(parent) || isIgnoredObject(child)) {
              ignored.set(child);
            }
            queue[end[0]++] = child;
          }
        });
        tail = end[0];
      }
    }

    /** Per reference slot of a class: the hash of the step through it, as its signature names it. */
    private static long[] stepHashes(HprofIndex.ClassInfo type) {
      long[] hashes = new long[type.referenceNames.length];
      for (int slot = 0; slot < hashes.length; slot++) {
        hashes[slot] = (type.referenceDeclarers[slot] + '.' + type.referenceNames[slot]).hashCode();
      }
      return hashes;
    }

    /** Whether the object's class is ignored; asked once per class, as every object is visited. */
    private boolean isIgnoredObject(int object) {
      if (heap.tagOf(object) == HprofObjectTag.PRIMITIVE_ARRAY_DUMP) {
        return false;
      }
      HprofIndex.ClassInfo type = heap.classOf(object);
      return type != null && ignoredTypes.computeIfAbsent(type, t -> isIgnored(t.name));
    }

    private boolean isIgnored(String className) {
      return ignoredPrefixes.stream().anyMatch(className::startsWith);
    }

    /** The instances of the class with this JVM name that a path reaches without an ignored class. */
    int[] instancesOf(String jvmName) {
      String name = javaName(jvmName);
      // Primitive arrays have no class record; everything else is matched by its class record.
      boolean primitiveArray = !name.contains(".") && name.endsWith("[]");
      Set<HprofIndex.ClassInfo> types = new java.util.HashSet<>();
      heap.classes().forEach(type -> {
        if (type.name.equals(name)) {
          types.add(type);
        }
      });
      int[] found = new int[16];
      int count = 0;
      for (int object = 0; object < heap.objectCount(); object++) {
        if (parents[object] != UNVISITED && !ignored.get(object)
            && (primitiveArray
                ? heap.tagOf(object) == HprofObjectTag.PRIMITIVE_ARRAY_DUMP && heap.classNameOf(object).equals(name)
                : heap.tagOf(object) != HprofObjectTag.PRIMITIVE_ARRAY_DUMP && types.contains(heap.classOf(object)))) {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = object;
        }
      }
      return Arrays.copyOf(found, count);
    }

    SignatureCounts countsBySignature(String jvmName, int[] instances) {
      Map<Long, Integer> counts = new HashMap<>();
      for (int instance : instances) {
        for (int holder = parents[instance]; holder >= 0; holder = parents[holder]) {
          counts.merge(signatures[holder], 1, Integer::sum);
        }
      }
      long[] keys = counts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      int[] values = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        values[i] = counts.get(keys[i]);
      }
      return new SignatureCounts(keys, values);
    }

    List<Pile> piles(String jvmName, int minimum, Census before) {
      int[] instances = instancesOf(jvmName);
      SignatureCounts bySignature = countsBySignature(jvmName, instances);
      Map<Integer, Integer> held = new HashMap<>();
      Map<Integer, Integer> sample = new HashMap<>();
      for (int instance : instances) {
        for (int holder = parents[instance]; holder >= 0; holder = parents[holder]) {
          held.merge(holder, 1, Integer::sum);
          sample.putIfAbsent(holder, instance);
        }
      }
      BitSet hasHeavyChild = new BitSet();
      held.forEach((holder, count) -> {
        if (count >= minimum && parents[holder] >= 0) {
          hasHeavyChild.set(parents[holder]);
        }
      });
      Map<Long, Pile> piles = new LinkedHashMap<>();
      held.forEach((holder, count) -> {
        long signature = signatures[holder];
        if (count >= minimum && !hasHeavyChild.get(holder) && !ignored.get(holder)
            && !piles.containsKey(signature)) {
          long instancesHere = bySignature.of(signature);
          long added = instancesHere - before.countOf(jvmName, signature);
          if (added > 0) {
            piles.put(signature, pile(jvmName, holder, sample.get(holder), instancesHere, added));
          }
        }
      });
      return new ArrayList<>(piles.values());
    }

    private Pile pile(String jvmName, int holder, int instance, long instances, long added) {
      List<PathStep> toPlace = stepsTo(holder);
      List<PathStep> intoPlace = new ArrayList<>();
      for (int child = instance; child != holder; child = parents[child]) {
        intoPlace.add(0, step(parents[child], child));
      }
      int start = holder;
      while (parents[start] >= 0) {
        start = parents[start];
      }
      List<PathStep> all = new ArrayList<>(toPlace);
      all.addAll(intoPlace);
      GcRoot root = roots.describe(-2 - parents[start], all);
      return new Pile(jvmName, signatures[holder], instances, added, root, toPlace,
          heap.classNameOf(holder), intoPlace);
    }

    private List<PathStep> stepsTo(int object) {
      List<PathStep> steps = new ArrayList<>();
      for (int child = object; parents[child] >= 0; child = parents[child]) {
        steps.add(0, step(parents[child], child));
      }
      return steps;
    }

    /** The reference from {@code parent} to {@code child}, as a step. */
    private PathStep step(int parent, int child) {
      long childId = heap.idOf(child);
      int[] slot = {-1};
      heap.forEachReference(parent, false, (id, slotOrIndex) -> {
        if (id == childId && slot[0] < 0 && slotOrIndex >= 0) {
          slot[0] = slotOrIndex;
        }
      });
      HprofIndex.ClassInfo type = heap.classOf(parent);
      return heap.tagOf(parent) != HprofObjectTag.INSTANCE_DUMP
          ? new PathStep(type.name, null, slot[0])
          : new PathStep(type.referenceDeclarers[slot[0]], type.referenceNames[slot[0]], -1);
    }
  }

  /**
   * Whether a class (named as a dump names it) is the JDK's: a JDK object that the checker's own
   * frames hold is the checker's, while an object of the user's (the action) is not; and a user's
   * class names a group better than the JDK's nodes and arrays around it.
   */
  public static boolean isJdkClass(String javaName) {
    return javaName.startsWith("java.") || javaName.startsWith("jdk.")
        || javaName.startsWith("sun.") || !javaName.contains(".");
  }

  /** {@code [Ljava.lang.Object;} as a dump names it: {@code java.lang.Object[]}. */
  public static String javaName(String jvmName) {
    int dimensions = 0;
    while (jvmName.charAt(dimensions) == '[') {
      dimensions++;
    }
    if (dimensions == 0) {
      return jvmName;
    }
    String element = switch (jvmName.charAt(dimensions)) {
      case 'L' -> jvmName.substring(dimensions + 1, jvmName.length() - 1);
      case 'Z' -> "boolean";
      case 'C' -> "char";
      case 'F' -> "float";
      case 'D' -> "double";
      case 'B' -> "byte";
      case 'S' -> "short";
      case 'I' -> "int";
      default -> "long";
    };
    return element + "[]".repeat(dimensions);
  }
}
