package org.retention.core.internal.heap;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One breadth-first search from the {@link RootSeeds}, so the first parent recorded for an object
 * is on a shortest path to it. It stops once every target is reached, and never follows a
 * reference out of a {@link org.retention.core.internal.probe.ProbeMarker}: the probe's own weak
 * references are never part of a path.
 *
 * <pre>{@code
 * int[] parents = BreadthFirstSearch.run(heap, seeds, markers, targets, Pass.STRONG);
 * boolean reached = parents[target] != BreadthFirstSearch.UNVISITED;
 * }</pre>
 *
 * <p>The result is a parent per object: another object's index, {@link #UNVISITED}, or for an
 * object that a seed holds, {@code -2 - seed} (see {@link #seedOf}).
 */
final class BreadthFirstSearch {
  static final int UNVISITED = -1;

  /** Which seeds a search starts from, and whether it follows {@code Reference.referent}. */
  enum Pass {
    /** Strong references from every root but the last-resort ones. */
    STRONG(HprofIndex.Referents.NONE, false),
    /** Strong references from every root, the last-resort ones included. */
    STRONG_FROM_LAST_RESORT(HprofIndex.Referents.NONE, true),
    /** Through the referents of {@code SoftReference}s too, from every root. */
    THROUGH_SOFT_REFERENCES(HprofIndex.Referents.SOFT, true),
    /** Through every {@code Reference.referent} too, from every root. */
    THROUGH_REFERENCES(HprofIndex.Referents.ALL, true);

    final HprofIndex.Referents referents;
    final boolean lastResort;

    Pass(HprofIndex.Referents referents, boolean lastResort) {
      this.referents = referents;
      this.lastResort = lastResort;
    }
  }

  private final HprofIndex heap;
  private final int[] parents;
  private final int[] queue;
  private final BitSet targets;
  private int tail;
  private int remaining;

  private BreadthFirstSearch(HprofIndex heap, BitSet targets, int[] parents) {
    this.heap = heap;
    this.parents = parents;
    this.queue = new int[heap.objectCount()];
    this.targets = targets;
    this.remaining = targets.cardinality();
  }

  /** Searches as {@code pass} says until every one of {@code targets} is reached; the parents. */
  static int[] run(
      HprofIndex heap, RootSeeds seeds, BitSet markers, BitSet targets, Pass pass) {
    int[] parents = new int[heap.objectCount()];
    Arrays.fill(parents, UNVISITED);
    new BreadthFirstSearch(heap, targets, parents).from(seeds, markers, pass);
    return parents;
  }

  /**
   * Goes on with a {@link Pass#STRONG} search that did not reach all its targets, so that it
   * visited everything its seeds reach, from the last-resort seeds, until every one of {@code
   * targets} is reached, writing into its {@code parents}. What it adds is what a fresh {@link
   * Pass#STRONG_FROM_LAST_RESORT} search would have given the objects the strong one did not
   * reach: every path to such an object runs through objects it did not reach either, in the
   * same order; and the whole heap is not searched again to find it.
   */
  static void continueFromLastResort(int[] parents, HprofIndex heap, RootSeeds seeds,
      BitSet markers, BitSet targets) {
    new BreadthFirstSearch(heap, targets, parents)
        .from(seeds, markers, Pass.STRONG_FROM_LAST_RESORT);
  }

  private void from(RootSeeds seeds, BitSet markers, Pass pass) {
    for (int seed = 0; seed < seeds.size(); seed++) {
      if (pass.lastResort || !seeds.isLastResort(seed)) {
        reach(seeds.get(seed).object(), parentOfSeed(seed));
      }
    }
    for (int head = 0; head < tail && remaining > 0; ) {
      head = expand(head, markers, pass);
    }
  }

  /**
   * Visits the references of the queued objects from {@code head} on, at most {@link
   * HprofIndex#PASS_CHUNK} of them, and stops early once every target is reached; the next head.
   */
  private int expand(int head, BitSet markers, Pass pass) {
    int end = Math.min(tail, head + HprofIndex.PASS_CHUNK);
    for (; head < end && remaining > 0; head++) {
      int parent = queue[head];
      if (!markers.get(parent)) {
        heap.forEachReference(parent, pass.referents,
            (id, slot) -> reach(heap.indexOf(id), parent));
      }
    }
    return head;
  }

  /** Whether {@code parent} marks an object that a seed holds. */
  static boolean isSeed(int parent) {
    return parent < UNVISITED;
  }

  /** The parent recorded for an object that {@code seed} holds. */
  static int parentOfSeed(int seed) {
    return -2 - seed;
  }

  /** The seed behind a parent for which {@link #isSeed} holds. */
  static int seedOf(int parent) {
    return -2 - parent;
  }

  private void reach(int child, int parent) {
    if (child >= 0 && parents[child] == UNVISITED) {
      parents[child] = parent;
      queue[tail++] = child;
      if (targets.get(child)) {
        remaining--;
      }
    }
  }
}
