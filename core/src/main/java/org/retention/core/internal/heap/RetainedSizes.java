package org.retention.core.internal.heap;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Retained sizes of the explained objects: what releasing one target frees. Its candidates are
 * what it reaches; an object outside them is reachable without passing through the target (or
 * the target would reach it), so any candidate such an object or a root references survives,
 * and so does what that candidate reaches. One sequential pass over the dump finds those
 * references, for all targets at once.
 *
 * <pre>{@code
 * long bytes = new RetainedSizes(heap, seeds, explainedTargets).of(target);
 * }</pre>
 */
final class RetainedSizes {
  private final HprofIndex heap;
  private final Map<Integer, BitSet> candidates = new HashMap<>();
  private final BitSet union = new BitSet();
  private final BitSet heldFromOutside = new BitSet();

  RetainedSizes(HprofIndex heap, RootSeeds seeds, BitSet targets) {
    this.heap = heap;
    for (int target = targets.nextSetBit(0); target >= 0;
        target = targets.nextSetBit(target + 1)) {
      BitSet reached = new BitSet();
      reached.set(target);
      mark(List.of(target), reached, -1);
      candidates.put(target, reached);
      union.or(reached);
    }
    ObjectIdSet unionIds = new ObjectIdSet(union.cardinality());
    for (int object = union.nextSetBit(0); object >= 0; object = union.nextSetBit(object + 1)) {
      unionIds.add(heap.idOf(object), object);
    }
    for (int seed = 0; seed < seeds.size(); seed++) {
      int object = seeds.get(seed).object();
      // A static of a class that may be unloaded holds only while its class lives: the graph
      // has that edge, it is no root.
      if (union.get(object) && (!seeds.isLastResort(seed) || seeds.isOwnFrame(seed))) {
        heldFromOutside.set(object);
      }
    }
    BitSet[] held = new BitSet[heap.parts()];
    Workers.run(held.length, part -> {
      held[part] = new BitSet();
      heap.forEachReferenceInto(part, unionIds, union::get, held[part]::set);
    });
    for (BitSet partHeld : held) {
      heldFromOutside.or(partHeld);
    }
    int classes = heap.classes().size();
    for (int type = heap.objectCount() - classes; type < heap.objectCount(); type++) {
      if (!union.get(type)) {
        heap.forEachReference(type, false, (id, slot) -> {
          int candidate = unionIds.indexOf(id);
          if (candidate >= 0) {
            heldFromOutside.set(candidate);
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

  /**
   * Marks what {@code start} reaches through strong references, never entering {@code stop}, nor
   * the classes and loaders the VM keeps alive anyway (they would drag the whole class path in).
   */
  private void mark(List<Integer> start, BitSet marked, int stop) {
    int[][] queue = {new int[Math.max(16, start.size())]};
    int[] tail = {0};
    start.forEach(object -> queue[0][tail[0]++] = object);
    for (int head = 0; head < tail[0]; head++) {
      heap.forEachReference(queue[0][head], false, (id, slot) -> {
        int child = heap.indexOf(id);
        if (child >= 0 && child != stop && !marked.get(child) && !heap.isAlwaysReachable(child)) {
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
