package org.retention.core.internal.heap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retention.core.explain.Fingerprints;

/**
 * Where the instances of some classes are held in one dump, found on the object check's own
 * search ({@link PathSearches#strong}, paths worded by {@link PathAssembly}): for each object on
 * the paths to them, its place, identified by the {@link Fingerprints#hash SHA-256} of its path's
 * root and step signatures and its class, the same in every dump, run, JDK and collector.
 *
 * <pre>{@code
 * PlaceSearch search = new PlaceSearch(heap, Set.of("org.example.Listener"), ignoredPrefixes);
 * Map<Long, long[]> held = search.heldByPlace(search.instances().get("org.example.Listener"));
 * }</pre>
 *
 * <p>A path that passes through an ignored class (the test engine, Retention itself), or starts
 * at one or on a thread that runs one, leads to no place: what it reaches is not reported.
 */
final class PlaceSearch {
  /** A path's step, as the search tells steps apart: an array's elements are one step. */
  private record StepKey(int fromNode, HprofIndex.ClassInfo type, int slot, boolean fromClass) {}

  /** A kind of step, whatever path it is on. */
  private record StepKind(HprofIndex.ClassInfo type, int slot, boolean fromClass) {}

  private static final int ANY_ELEMENT = Integer.MAX_VALUE;

  private final HprofIndex heap;
  private final RootSeeds seeds;
  private final PathSearches searches;
  private final PathAssembly assembly;
  private final List<String> ignoredPrefixes;
  private final Map<HprofIndex.ClassInfo, Boolean> ignoredTypes = new IdentityHashMap<>();
  private final Map<Integer, Boolean> ignoredThreads = new HashMap<>();
  /** Per object: 1 + the node of its path's steps (the same for equal steps), 0 until asked. */
  private final int[] nodes;
  /** Objects at which their path starts: a root's object, or a class's static value. */
  private final BitSet starts = new BitSet();
  /** Objects whose path passes through an ignored class, or starts at one. */
  private final BitSet ignored = new BitSet();
  private final Map<StepKey, Integer> nodeIds = new HashMap<>();
  /**
   * Per node: the hash of its path, chained: of the root's signature for a start, of the hash
   * before it and the step's signature after it.
   */
  private long[] nodeHashes = new long[1024];
  /** Per object: its place, once {@link #placeKnown}. */
  private final long[] places;
  private final BitSet placeKnown = new BitSet();
  private final Map<StepKind, String> stepSignatures = new HashMap<>();
  private final Map<String, String> normalizedNames = new HashMap<>();
  private final RootDescriptions roots;
  private final Map<String, int[]> instances;

  PlaceSearch(HprofIndex heap, Set<String> jvmNames, List<String> ignoredPrefixes) {
    this.heap = heap;
    this.ignoredPrefixes = ignoredPrefixes;
    // The searcher's own frames hold the action, and through it what the caller holds: they
    // are seeds of last resort, so that a path names the caller's variable, not Retention's.
    this.seeds = new RootSeeds(heap, OwnFrames.ofCurrentThread().andPackages(ignoredPrefixes));
    Map<String, int[]> all = allInstances(jvmNames);
    BitSet targets = new BitSet(heap.objectCount());
    all.values().forEach(objects -> Arrays.stream(objects).forEach(targets::set));
    BitSet markers = new BitSet();
    heap.probeInstances.forEach(markers::set);
    this.searches = PathSearches.strong(heap, seeds, markers, targets);
    this.assembly = new PathAssembly(heap, seeds, searches);
    this.nodes = new int[heap.objectCount()];
    this.places = new long[heap.objectCount()];
    this.roots = new RootDescriptions(heap);
    this.instances = new LinkedHashMap<>();
    all.forEach((name, objects) -> instances.put(name, Arrays.stream(objects)
        .filter(object -> searches.reached(object) && !isIgnoredPath(object)).toArray()));
  }

  /**
   * The instances of each class (by JVM name) that a strong path reaches without an ignored
   * class.
   */
  Map<String, int[]> instances() {
    return instances;
  }

  /** The objects that hold {@code object}, nearest first, up to its path's start: -1 after. */
  int holderOf(int object) {
    node(object);
    return starts.get(object) ? -1 : searches.parentsOf(object)[object];
  }

  /** Whether {@code object}'s path passes through an ignored class or starts at one. */
  boolean isIgnoredPath(int object) {
    node(object);
    return ignored.get(object);
  }

  /**
   * The place {@code holder} is: the hash of its path and its class, as a number, the same for
   * every object whose path has the same root and step signatures and whose class is the same.
   */
  long placeOf(int holder) {
    if (!placeKnown.get(holder)) {
      String className = normalizedNames.computeIfAbsent(heap.classNameOf(holder),
          Fingerprints::normalize);
      places[holder] = hash(nodeHashes[node(holder)], className);
      placeKnown.set(holder);
    }
    return places[holder];
  }

  /** The Java name of the object's class: {@code java.util.ArrayList}, {@code byte[]}. */
  String classNameOf(int object) {
    return heap.classNameOf(object);
  }

  /** The path to {@code object}. */
  PathAssembly.Route route(int object) {
    return assembly.route(object, searches.parentsOf(object));
  }

  /** Per place, how many of {@code instances} a holder there holds, and their shallow bytes. */
  Map<Long, long[]> heldByPlace(int[] instances) {
    Map<Long, long[]> held = new HashMap<>();
    for (int instance : instances) {
      long bytes = heap.shallowSize(instance);
      for (int holder = holderOf(instance); holder >= 0; holder = holderOf(holder)) {
        long[] here = held.computeIfAbsent(placeOf(holder), place -> new long[2]);
        here[0]++;
        here[1] += bytes;
      }
    }
    return held;
  }

  /**
   * The node of {@code object}'s path: the steps from its start, told apart by class and slot
   * (not by array index), found once per object and shared by equal paths.
   */
  private int node(int object) {
    if (nodes[object] > 0) {
      return nodes[object] - 1;
    }
    int[] parents = searches.parentsOf(object);
    List<Integer> climb = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    int known = -1;
    for (int current = object; ; ) {
      if (nodes[current] > 0) {
        known = nodes[current] - 1;
        break;
      }
      climb.add(current);
      int parent = parents[current];
      int slot = BreadthFirstSearch.isSeed(parent) ? 0 : slotOf(parent, current);
      slots.add(slot);
      // A class's static value starts the path, as PathAssembly words it.
      if (BreadthFirstSearch.isSeed(parent) || heap.isClass(parent) && slot >= 0) {
        break;
      }
      current = parent;
    }
    for (int i = climb.size() - 1; i >= 0; i--) {
      int current = climb.get(i);
      int parent = parents[current];
      int slot = slots.get(i);
      StepKey key;
      boolean ignoredHere;
      RootSeeds.Seed root = null;
      if (known < 0 && BreadthFirstSearch.isSeed(parent)) {
        key = new StepKey(parent, null, 0, false);
        root = seeds.get(BreadthFirstSearch.seedOf(parent));
        ignoredHere = isIgnoredSeed(BreadthFirstSearch.seedOf(parent), current);
      } else if (known < 0) {
        HprofIndex.ClassInfo owner = heap.classAt(parent);
        key = new StepKey(-1, owner, slot, true);
        root = new RootSeeds.StaticField(owner, owner.staticNames[slot], current);
        ignoredHere = isIgnored(owner.name) || isIgnoredObject(current)
            || owner.staticNames[slot].equals("<resolved_references>");
      } else {
        boolean fromClass = heap.isClass(parent);
        key = new StepKey(known, fromClass ? heap.classAt(parent) : heap.classOf(parent), slot,
            fromClass);
        ignoredHere = ignored.get(parent) || isIgnoredObject(current);
      }
      if (known < 0) {
        starts.set(current);
      }
      Integer found = nodeIds.get(key);
      if (found == null) {
        found = nodeIds.size();
        nodeIds.put(key, found);
        if (found == nodeHashes.length) {
          nodeHashes = Arrays.copyOf(nodeHashes, found * 2);
        }
        // A thread's signature is its class: a path through its ThreadLocal values says so in
        // its first step.
        nodeHashes[found] = root != null
            ? hash(0, roots.describe(root, List.of()).signature())
            : hash(nodeHashes[known], stepSignature(key, parent, current));
      }
      known = found;
      nodes[current] = known + 1;
      ignored.set(current, ignoredHere);
    }
    return known;
  }

  /** The signature of the step from {@code parent} to {@code child}, found once per kind. */
  private String stepSignature(StepKey key, int parent, int child) {
    return stepSignatures.computeIfAbsent(new StepKind(key.type(), key.slot(), key.fromClass()),
        kind -> assembly.step(parent, child, kind.slot()).signature());
  }

  /** The hash of a path's hash so far and what follows it: {@link Fingerprints#hash}'s. */
  private static long hash(long before, String next) {
    return Long.parseUnsignedLong(
        Fingerprints.hash(Long.toHexString(before) + '\n' + next), 16);
  }

  /** The slot from {@code parent} to {@code child}; an array's elements are all one. */
  private int slotOf(int parent, int child) {
    return heap.tagOf(parent) == HprofObjectTag.OBJECT_ARRAY_DUMP && !heap.isClass(child)
        ? ANY_ELEMENT : assembly.slot(parent, child);
  }

  /**
   * Whether what {@code seed} holds is ignored: a static of an ignored class or of a box cache, a
   * class's resolved constants (the string constants and call sites that running its code links in, as many as
   * the code has, never more), an object of an ignored class, or a JDK object in the checker's
   * own frames (the action itself is the user's).
   */
  private boolean isIgnoredSeed(int seed, int object) {
    RootSeeds.Seed root = seeds.get(seed);
    // A box cache holds the same boxes from the start: it never grows, though what else held
    // them may let go of them.
    if (root instanceof RootSeeds.StaticField field
        && (isIgnored(field.type().name) || field.field().equals("<resolved_references>")
            || RootSeeds.BOX_CACHES.contains(field.type().name))) {
      return true;
    }
    if (root instanceof RootSeeds.RootRecord record && record.root().tag().hasThread()
        && isIgnoredThread(record.root().threadSerial())) {
      return true;
    }
    return isIgnoredObject(object)
        || seeds.isOwnFrame(seed) && GrowthPaths.isJdkClass(heap.classNameOf(object));
  }

  /**
   * Whether the thread runs an ignored class's code: the thread's class is ignored, or its task
   * is ({@code Thread.target}, on JDK 19 and later {@code Thread.holder.task}). What its stack
   * and its thread-locals hold is that code's, even in a JDK frame: Retention's own JFR stream
   * parses into JDK maps that grow whenever the JVM flushes its recording.
   */
  private boolean isIgnoredThread(int serial) {
    return ignoredThreads.computeIfAbsent(serial, key -> {
      HprofIndex.ThreadInfo thread = heap.threads.get(key);
      int object = thread == null ? -1 : heap.indexOf(thread.objectId());
      if (object < 0 || heap.isClass(object)
          || heap.tagOf(object) != HprofObjectTag.INSTANCE_DUMP) {
        return false;
      }
      int task = reference(object, "target");
      if (task < 0) {
        int holder = reference(object, "holder");
        task = holder < 0 ? -1 : reference(holder, "task");
      }
      return isIgnoredObject(object) || task >= 0 && isIgnoredObject(task);
    });
  }

  /** The object that {@code object}'s reference field {@code name} holds, or -1 for none. */
  private int reference(int object, String name) {
    if (heap.isClass(object) || heap.tagOf(object) != HprofObjectTag.INSTANCE_DUMP
        || !Arrays.asList(heap.classOf(object).allNames).contains(name)) {
      return -1;
    }
    int referenced = heap.indexOf(heap.field(object, name));
    return referenced >= 0 && !heap.isClass(referenced) ? referenced : -1;
  }

  /** Whether the object's class is ignored; asked once per class. */
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

  /** Every instance of each class (by JVM name) in the dump, found in one pass over the objects. */
  private Map<String, int[]> allInstances(Set<String> jvmNames) {
    // Primitive arrays have no class record and are matched by name; everything else by its
    // class record.
    Map<HprofIndex.ClassInfo, String> byType = new HashMap<>();
    Map<String, String> primitiveArrays = new HashMap<>();
    for (String jvmName : jvmNames) {
      String name = GrowthPaths.javaName(jvmName);
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
      String jvmName = heap.tagOf(object) == HprofObjectTag.PRIMITIVE_ARRAY_DUMP
          ? primitiveArrays.isEmpty() ? null : primitiveArrays.get(heap.classNameOf(object))
          : heap.isClass(object) ? null : byType.get(heap.classOf(object));
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
}
