package org.retention.core.internal.heap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;

/**
 * Where instances of growing classes pile up, read from a heap dump: the places (a collection's
 * array, a field) that hold them, identified across dumps by the {@link
 * org.retention.core.explain.Fingerprints fingerprint} of their path from a GC root and their
 * class (no array indices), so that two dumps taken some repetitions apart show which place grew.
 *
 * <pre>{@code
 * GrowthPaths.Census before = GrowthPaths.census(Set.of("org.example.Listener"), ignored);
 * // ... more repetitions ...
 * List<GrowthPaths.Pile> piles = GrowthPaths.piles(Map.of("org.example.Listener", 20), ignored, before);
 * }</pre>
 *
 * <p>The object check's own search ({@link PlaceSearch}) gives each object its shortest strong
 * path ({@code Reference.referent} is not followed: what only a weak or soft reference holds is
 * not accumulating), the checker's own frames as roots of last resort. A pile is the deepest object on the paths of at least the given number of
 * instances. Piles that an ignored class holds (the test engine, Retention itself) are skipped.
 * Dumps are written one at a time VM-wide and deleted as soon as they are read.
 */
public final class GrowthPaths {
  private GrowthPaths() {}

  /**
   * How many instances of each class each place held in one dump, and their bytes.
   *
   * @param countsByClass per class (JVM name), sorted places with their instances
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
   * Places (their fingerprints as numbers), sorted, with the instances held under each and their
   * shallow bytes: three arrays, nothing more.
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
   * @param signature the place: the fingerprint of its path and class as a number, the same in
   *     every dump, run, JDK and collector
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

  /**
   * Dumps the heap and counts where the instances of {@code classNames} are held. Called right
   * after a proven whole-heap collection (a growth check's histogram): the dump adds none.
   */
  public static Census census(Set<String> classNames, List<String> ignoredPrefixes)
      throws IOException {
    return withDump(false, dump -> {
      PlaceSearch search =
          new PlaceSearch(HprofIndex.open(dump, VmLayout.current()), classNames, ignoredPrefixes);
      Map<String, SignatureCounts> counts = new LinkedHashMap<>();
      search.instances().forEach((name, instances) ->
          counts.put(name, SignatureCounts.of(search.heldByPlace(instances))));
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
    return withDump(true, dump -> piles(dump, minimumByClass, Set.of(), ignoredPrefixes, before))
        .piles();
  }

  /**
   * What one dump at the end of a growth check shows: the piles, as {@link #piles(Map, List,
   * Census)} finds them, and for the classes of {@code alsoCounted} too, how many instances and
   * bytes each place holds, so that a place can say what it added of every class.
   *
   * @param piles the piles, the biggest first
   * @param after how many instances of each class, and their bytes, each place holds
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

  /**
   * The piles, with where {@code alsoCounted}'s instances are held: see {@link Piles}. Called
   * right after a proven whole-heap collection (a growth check's histogram): the dump adds none.
   */
  public static Piles piles(Map<String, Integer> minimumByClass, Set<String> alsoCounted,
      List<String> ignoredPrefixes, Census before) throws IOException {
    return withDump(false,
        dump -> piles(dump, minimumByClass, alsoCounted, ignoredPrefixes, before));
  }

  private static Piles piles(Path dump, Map<String, Integer> minimumByClass,
      Set<String> alsoCounted, List<String> ignoredPrefixes, Census before) throws IOException {
    Set<String> counted = new LinkedHashSet<>(minimumByClass.keySet());
    counted.addAll(alsoCounted);
    PlaceSearch search =
        new PlaceSearch(HprofIndex.open(dump, VmLayout.current()), counted, ignoredPrefixes);
    List<Pile> piles = new ArrayList<>();
    Map<String, SignatureCounts> after = new LinkedHashMap<>();
    search.instances().forEach((name, instances) -> {
      if (minimumByClass.containsKey(name)) {
        piles.addAll(piles(search, name, instances, minimumByClass.get(name), before));
      }
      after.put(name, SignatureCounts.of(search.heldByPlace(instances)));
    });
    piles.sort((a, b) -> Long.compare(b.added(), a.added()));
    return new Piles(piles, new Census(after));
  }

  private interface DumpReader<T> {
    T read(Path dump) throws IOException;
  }

  /** @param live whether the dump collects first (see {@link HeapDumps#dumpHeap}) */
  private static <T> T withDump(boolean live, DumpReader<T> reader) throws IOException {
    return HeapDumps.exclusively(() -> {
      Path dump = HeapDumps.dumpHeap(live);
      try {
        return reader.read(dump);
      } finally {
        HeapDumps.delete(dump);
      }
    });
  }

  /**
   * The places holding at least {@code minimum} of {@code instances} (of {@code jvmName}), and
   * holding more of them than {@code before} found: each the deepest object on the paths of that
   * many instances.
   */
  private static List<Pile> piles(PlaceSearch search, String jvmName, int[] instances,
      int minimum, Census before) {
    Map<Integer, Integer> held = new HashMap<>();
    // Each holder shows the instance nearest to it: a bucket's collision chain
    // (HashMap$Node.next) is an accident of hashing, not the shape of the leak.
    Map<Integer, long[]> sample = new HashMap<>();
    for (int instance : instances) {
      int depth = 1;
      for (int holder = search.holderOf(instance); holder >= 0;
          holder = search.holderOf(holder), depth++) {
        held.merge(holder, 1, Integer::sum);
        long[] nearest =
            sample.computeIfAbsent(holder, h -> new long[] {instance, Long.MAX_VALUE});
        if (depth < nearest[1]) {
          nearest[0] = instance;
          nearest[1] = depth;
        }
      }
    }
    // What heldByPlace counts, from the holders' counts instead of the paths again.
    Map<Long, Integer> byPlace = new HashMap<>();
    BitSet hasHeavyChild = new BitSet();
    held.forEach((holder, count) -> {
      byPlace.merge(search.placeOf(holder), count, Integer::sum);
      int parent = search.holderOf(holder);
      if (count >= minimum && parent >= 0) {
        hasHeavyChild.set(parent);
      }
    });
    Map<Long, Pile> piles = new LinkedHashMap<>();
    held.forEach((holder, count) -> {
      long place = search.placeOf(holder);
      if (count >= minimum && !hasHeavyChild.get(holder) && !search.isIgnoredPath(holder)
          && !piles.containsKey(place)) {
        long instancesHere = byPlace.get(place);
        long added = instancesHere - before.countOf(jvmName, place);
        if (added > 0) {
          piles.put(place, pile(search, jvmName, holder, (int) sample.get(holder)[0], place,
              instancesHere, added));
        }
      }
    });
    return new ArrayList<>(piles.values());
  }

  private static Pile pile(PlaceSearch search, String jvmName, int holder, int instance,
      long place, long instances, long added) {
    PathAssembly.Route route = search.route(instance);
    int at = route.objects().indexOf(holder);
    List<PathStep> steps = route.steps();
    return new Pile(jvmName, place, instances, added, route.root(),
        List.copyOf(steps.subList(0, at)), search.classNameOf(holder),
        List.copyOf(steps.subList(at, steps.size())));
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
