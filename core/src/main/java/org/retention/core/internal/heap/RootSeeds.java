package org.retention.core.internal.heap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Where path searches start: the static fields of the classes the VM never unloads (by class
 * name), then the dump's root records (in {@link HprofRootTag} order, which breaks ties between
 * equally short paths), then the roots of last resort: the check's {@link OwnFrames own frames},
 * the JDK's caches of boxed values, and the static fields of classes whose loader may be unloaded.
 *
 * <pre>{@code
 * RootSeeds seeds = new RootSeeds(heap, OwnFrames.ofCurrentThread());
 * int object = seeds.get(0).object();
 * }</pre>
 *
 * <p>A class of another loader is alive only while something reaches it (its loader, an instance,
 * a {@code Class} reference), so its static fields are no roots of their own: a search reaches
 * them through their class. They start a search only when nothing reaches their class in the
 * dump at all.
 */
final class RootSeeds {
  /** A seed: what a search starts from, and the object it holds. */
  sealed interface Seed permits StaticField, RootRecord {
    /** The index of the object the seed holds. */
    int object();
  }

  /** A static field of {@code type} that holds {@code object}. */
  record StaticField(HprofIndex.ClassInfo type, String field, int object) implements Seed {}

  /** A root record of the dump: a thread, a local variable, a JNI reference, a monitor. */
  record RootRecord(HprofIndex.Root root, int object) implements Seed {}

  /** The JDK's caches of boxed values ({@code Long.valueOf}, {@code Integer.valueOf}, ...). */
  static final Set<String> BOX_CACHES = Set.of("java.lang.Long$LongCache",
      "java.lang.Integer$IntegerCache", "java.lang.Short$ShortCache", "java.lang.Byte$ByteCache",
      "java.lang.Character$CharacterCache");

  private final List<Seed> seeds = new ArrayList<>();
  /** The seeds used only when nothing else reaches a target. */
  private final BitSet lastResort = new BitSet();
  private final BitSet ownFrames = new BitSet();

  RootSeeds(HprofIndex heap, OwnFrames own) {
    List<HprofIndex.ClassInfo> unloadable = new ArrayList<>();
    for (HprofIndex.ClassInfo type : heap.classes()) {
      if (heap.isOrdinaryLoader(type.loaderId)) {
        addStatics(heap, type, false);
      } else {
        unloadable.add(type);
      }
    }
    for (HprofRootTag tag : HprofRootTag.values()) {
      // A sticky class is a class of the bootstrap loader: its statics are seeds already, and
      // nothing else it holds (its super class, no loader) leads anywhere new.
      if (tag != HprofRootTag.STICKY_CLASS) {
        heap.roots.stream().filter(root -> root.tag() == tag).forEach(root -> {
          int object = heap.indexOf(root.objectId());
          if (object >= 0) {
            boolean ownFrame = root.tag() == HprofRootTag.JAVA_FRAME
                && heap.frameOf(root).map(HprofIndex.Frame::className).filter(own::contains)
                    .isPresent();
            if (ownFrame) {
              ownFrames.set(seeds.size());
              lastResort.set(seeds.size());
            }
            seeds.add(new RootRecord(root, object));
          }
        });
      }
    }
    unloadable.forEach(type -> addStatics(heap, type, true));
  }

  private void addStatics(HprofIndex heap, HprofIndex.ClassInfo type, boolean asLastResort) {
    // What holds a cached box (Long.valueOf(42)) besides the cache says more than the cache, which
    // holds it forever: a map's keys are the map's, even when they are small numbers.
    boolean boxCache = BOX_CACHES.contains(type.name);
    for (int i = 0; i < type.staticNames.length; i++) {
      int object = heap.indexOf(type.staticValues[i]);
      if (object >= 0) {
        lastResort.set(seeds.size(), asLastResort || boxCache);
        seeds.add(new StaticField(type, type.staticNames[i], object));
      }
    }
  }

  int size() {
    return seeds.size();
  }

  Seed get(int seed) {
    return seeds.get(seed);
  }

  /** Whether the seed starts a search only when nothing else reaches a target. */
  boolean isLastResort(int seed) {
    return lastResort.get(seed);
  }

  /** Whether the seed is a frame of the check itself. */
  boolean isOwnFrame(int seed) {
    return ownFrames.get(seed);
  }
}
