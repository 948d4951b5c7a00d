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
  private GrowthPaths() {}

  /**
   * How many instances of each class each path signature held in one dump, and their bytes.
   *
   * @param countsByClass per class (JVM name), sorted signature hashes with their instances
   */
  public record Census(Map<String, SignatureCounts> countsByClass) {
    /** The census of a run that took no dump: every place held nothing. */
    public static final Census EMPTY = new Census(Map.of());

    long countOf(String className, long signature) {
      SignatureCounts counts = countsByClass.get(className);
      return counts == null ? 0 : counts.of(signature);
    }

    long bytesOf(String className, long signature) {
      SignatureCounts counts = countsByClass.get(className);
      return counts == null ? 0 : counts.bytesOf(signature);
    }
  }

  /**
   * Signature hashes, sorted, with the instances held under each and their shallow bytes: three
   * arrays, nothing more.
   */
  public record SignatureCounts(long[] signatures, int[] counts, long[] bytes) {
    static SignatureCounts of(Map<Long, long[]> held) {
      long[] keys = held.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      int[] counts = new int[keys.length];
      long[] bytes = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        long[] here = held.get(keys[i]);
        counts[i] = (int) here[0];
        bytes[i] = here[1];
      }
      return new SignatureCounts(keys, counts, bytes);
    }

    long of(long signature) {
      int at = Arrays.binarySearch(signatures, signature);
      return at < 0 ? 0 : counts[at];
    }

    long bytesOf(long signature) {
      int at = Arrays.binarySearch(signatures, signature);
      return at < 0 ? 0 : bytes[at];
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
      search.instancesOf(classNames).forEach((name, instances) ->
          counts.put(name, SignatureCounts.of(search.heldBySignature(instances))));
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
    return piles(minimumByClass, Set.of(), ignoredPrefixes, before).piles();
  }

  /**
   * What one dump at the end of a growth check shows: the piles, as {@link #piles(Map, List,
   * Census)} finds them, and for the classes of {@code alsoCounted} too, how many instances and
   * bytes each place holds, so that a place can say what it added of every class.
   *
   * @param piles the piles, the biggest first
   * @param after how many instances of each class, and their bytes, each path signature holds
   */
  public record Piles(List<Pile> piles, Census after) {
    /** The bytes of {@code className} that a place with {@code signature} added since {@code before}. */
    public long addedBytes(String className, long signature, Census before) {
      return Math.max(0,
          after.bytesOf(className, signature) - before.bytesOf(className, signature));
    }

    /** The instances of {@code className} that a place with {@code signature} added. */
    public long added(String className, long signature, Census before) {
      return Math.max(0, after.countOf(className, signature) - before.countOf(className, signature));
    }
  }

  /** The piles, with where {@code alsoCounted}'s instances are held: see {@link Piles}. */
  public static Piles piles(Map<String, Integer> minimumByClass, Set<String> alsoCounted,
      List<String> ignoredPrefixes, Census before) throws IOException {
    return withDump(dump -> {
      Search search = new Search(HprofIndex.open(dump, VmLayout.current()), ignoredPrefixes);
      List<Pile> piles = new ArrayList<>();
      Set<String> counted = new java.util.LinkedHashSet<>(minimumByClass.keySet());
      counted.addAll(alsoCounted);
      Map<String, SignatureCounts> after = new LinkedHashMap<>();
      search.instancesOf(counted).forEach((name, instances) -> {
        if (minimumByClass.containsKey(name)) {
          piles.addAll(search.piles(name, instances, minimumByClass.get(name), before));
        }
        after.put(name, SignatureCounts.of(search.heldBySignature(instances)));
      });
      piles.sort((a, b) -> Long.compare(b.added(), a.added()));
      return new Piles(piles, new Census(after));
    });
  }

  private interface DumpReader<T> {
    T read(Path dump) throws IOException;
  }

  private static <T> T withDump(DumpReader<T> reader) throws IOException {
    return HeapDumps.exclusively(() -> {
      Path dump = HeapDumps.dumpLiveHeap();
      try {
        return reader.read(dump);
      } finally {
        HeapDumps.delete(dump);
      }
    });
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
      // The searcher's own frames hold the action, and through it what the caller holds: they
      // are seeds of last resort, so that a path names the caller's variable, not Retention's.
      this.roots = new HeapRoots(heap, OwnFrames.ofCurrentThread().andPackages(ignoredPrefixes));
      this.ignoredPrefixes = ignoredPrefixes;
      int objects = heap.objectCount();
      parents = new int[objects];
      signatures = new long[objects];
      Arrays.fill(parents, BreadthFirstSearch.UNVISITED);
      int[] queue = new int[objects];
      int tail = 0;
      List<Integer> seeds = new ArrayList<>();
      List<Integer> ownFrames = new ArrayList<>();
      for (int seed = 0; seed < roots.count(); seed++) {
        (roots.isOwnFrame(seed) ? ownFrames : seeds).add(seed);
      }
      seeds.addAll(ownFrames);
      for (int seed : seeds) {
        int object = roots.object(seed);
        if (parents[object] == BreadthFirstSearch.UNVISITED) {
          parents[object] = BreadthFirstSearch.parentOfSeed(seed);
          signatures[object] = roots.describe(seed, List.of()).signature().hashCode();
          if (roots.staticOwner(seed).filter(this::isIgnored).isPresent()
              || roots.isResolvedConstants(seed) || isIgnoredObject(object)
              || roots.isOwnFrame(seed) && isJdkClass(heap.classNameOf(object))) {
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
          if (child >= 0 && parents[child] == BreadthFirstSearch.UNVISITED) {
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

    /**
     * The instances of each class (by JVM name) that a path reaches without an ignored class,
     * found in one pass over the objects.
     */
    Map<String, int[]> instancesOf(Set<String> jvmNames) {
      // Primitive arrays have no class record and are matched by name; everything else by its
      // class record.
      Map<HprofIndex.ClassInfo, String> byType = new HashMap<>();
      Map<String, String> primitiveArrays = new HashMap<>();
      for (String jvmName : jvmNames) {
        String name = javaName(jvmName);
        if (!name.contains(".") && name.endsWith("[]")) {
          primitiveArrays.put(name, jvmName);
        }
        // A hidden class (a lambda's) is Foo$$Lambda$14/0x… in a histogram, Foo$$Lambda$14+0x…
        // in a dump.
        String dumpName = name.replace("/0x", "+0x");
        heap.classes().forEach(type -> {
          if (type.name.equals(name) || type.name.equals(dumpName)) {
            byType.put(type, jvmName);
          }
        });
      }
      Map<String, int[]> found = new LinkedHashMap<>();
      Map<String, Integer> counts = new HashMap<>();
      jvmNames.forEach(name -> found.put(name, new int[16]));
      for (int object = 0; object < heap.objectCount(); object++) {
        if (parents[object] == BreadthFirstSearch.UNVISITED || ignored.get(object)) {
          continue;
        }
        String jvmName = heap.tagOf(object) == HprofObjectTag.PRIMITIVE_ARRAY_DUMP
            ? primitiveArrays.isEmpty() ? null : primitiveArrays.get(heap.classNameOf(object))
            : byType.get(heap.classOf(object));
        if (jvmName != null) {
          int count = counts.getOrDefault(jvmName, 0);
          int[] instances = found.get(jvmName);
          if (count == instances.length) {
            instances = Arrays.copyOf(instances, count * 2);
            found.put(jvmName, instances);
          }
          instances[count] = object;
          counts.put(jvmName, count + 1);
        }
      }
      found.replaceAll((name, instances) -> Arrays.copyOf(instances, counts.getOrDefault(name, 0)));
      return found;
    }

    /**
     * Per path signature, how many of {@code instances} a holder with that signature holds, and
     * their shallow bytes.
     */
    Map<Long, long[]> heldBySignature(int[] instances) {
      Map<Long, long[]> held = new HashMap<>();
      for (int instance : instances) {
        long bytes = heap.shallowSize(instance);
        for (int holder = parents[instance]; holder >= 0; holder = parents[holder]) {
          long[] here = held.computeIfAbsent(signatures[holder], signature -> new long[2]);
          here[0]++;
          here[1] += bytes;
        }
      }
      return held;
    }

    List<Pile> piles(String jvmName, int[] instances, int minimum, Census before) {
      Map<Integer, Integer> held = new HashMap<>();
      // Each holder shows the instance nearest to it: a bucket's collision chain
      // (HashMap$Node.next) is an accident of hashing, not the shape of the leak.
      Map<Integer, long[]> sample = new HashMap<>();
      for (int instance : instances) {
        int depth = 1;
        for (int holder = parents[instance]; holder >= 0; holder = parents[holder], depth++) {
          held.merge(holder, 1, Integer::sum);
          long[] nearest =
              sample.computeIfAbsent(holder, h -> new long[] {instance, Long.MAX_VALUE});
          if (depth < nearest[1]) {
            nearest[0] = instance;
            nearest[1] = depth;
          }
        }
      }
      // What heldBySignature counts, from the holders' counts instead of the paths again.
      Map<Long, Integer> bySignature = new HashMap<>();
      BitSet hasHeavyChild = new BitSet();
      held.forEach((holder, count) -> {
        bySignature.merge(signatures[holder], count, Integer::sum);
        if (count >= minimum && parents[holder] >= 0) {
          hasHeavyChild.set(parents[holder]);
        }
      });
      Map<Long, Pile> piles = new LinkedHashMap<>();
      held.forEach((holder, count) -> {
        long signature = signatures[holder];
        if (count >= minimum && !hasHeavyChild.get(holder) && !ignored.get(holder)
            && !piles.containsKey(signature)) {
          long instancesHere = bySignature.get(signature);
          long added = instancesHere - before.countOf(jvmName, signature);
          if (added > 0) {
            piles.put(signature,
                pile(jvmName, holder, (int) sample.get(holder)[0], instancesHere, added));
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
      GcRoot root = roots.describe(BreadthFirstSearch.seedOf(parents[start]), all);
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
          : FieldSteps.of(heap, parent, slot[0]);
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
    return HprofIndex.javaName(jvmName);
  }
}
