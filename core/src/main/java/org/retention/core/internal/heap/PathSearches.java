package org.retention.core.internal.heap;

import java.util.BitSet;
import java.util.Optional;
import org.retention.core.explain.Reachability;

/**
 * The four searches that tell how each target is reachable, each only for the targets the one
 * before did not reach: strong paths from every root but the last-resort ones; strong paths from
 * those too; paths through soft references (softly reachable); paths through any {@code
 * Reference.referent}. A soft path counts even where a weak one is shorter, as the JVM decides.
 *
 * <pre>{@code
 * PathSearches searches = new PathSearches(heap, seeds, markers, targets);
 * Reachability way = searches.reachability(target);
 * int[] parents = searches.parentsOf(target);
 * }</pre>
 */
final class PathSearches {
  private final HprofIndex heap;
  /** The strong searches' parents: from every root but the last-resort ones, then from those. */
  private final int[] strong;
  private final int[] throughSoftReferences;
  private final int[] throughReferences;

  PathSearches(HprofIndex heap, RootSeeds seeds, BitSet markers, BitSet targets) {
    this(heap, seeds, markers, targets, true);
  }

  /**
   * The first two searches only: what only a soft or weak reference holds is not {@link
   * #reached} (a growth check's places, where objects accumulate, are strong).
   */
  static PathSearches strong(HprofIndex heap, RootSeeds seeds, BitSet markers, BitSet targets) {
    return new PathSearches(heap, seeds, markers, targets, false);
  }

  private PathSearches(HprofIndex heap, RootSeeds seeds, BitSet markers, BitSet targets,
      boolean throughReferencesToo) {
    this.heap = heap;
    strong = BreadthFirstSearch.run(heap, seeds, markers, targets,
        BreadthFirstSearch.Pass.STRONG);
    BitSet notStrong = unreached(targets, strong);
    if (!notStrong.isEmpty()) {
      BreadthFirstSearch.continueFromLastResort(strong, heap, seeds, markers, notStrong);
    }
    BitSet notStrongAtAll = throughReferencesToo ? unreached(notStrong, strong) : new BitSet();
    throughSoftReferences = notStrongAtAll.isEmpty() ? strong
        : BreadthFirstSearch.run(heap, seeds, markers, notStrongAtAll,
            BreadthFirstSearch.Pass.THROUGH_SOFT_REFERENCES);
    BitSet notSoft = unreached(notStrongAtAll, throughSoftReferences);
    throughReferences = notSoft.isEmpty() ? throughSoftReferences : BreadthFirstSearch.run(
        heap, seeds, markers, notSoft, BreadthFirstSearch.Pass.THROUGH_REFERENCES);
  }

  /** How {@code target} is reachable: strongly, softly only, or through another reference. */
  Reachability reachability(int target) {
    if (strong[target] != BreadthFirstSearch.UNVISITED) {
      return Reachability.STRONG;
    }
    return throughSoftReferences[target] != BreadthFirstSearch.UNVISITED
        ? Reachability.SOFT
        : Reachability.OTHER_REFERENCE;
  }

  /** Whether any search reached {@code target}. */
  boolean reached(int target) {
    return parentsOf(target)[target] != BreadthFirstSearch.UNVISITED;
  }

  /** The parents that lead to {@code target} from the search that reached it first. */
  int[] parentsOf(int target) {
    return strong[target] != BreadthFirstSearch.UNVISITED ? strong
        : throughSoftReferences[target] != BreadthFirstSearch.UNVISITED ? throughSoftReferences
        : throughReferences;
  }

  /**
   * The {@code Reference} whose referent is the first such edge on the path to {@code target}
   * (nearest the root), if any.
   */
  Optional<Integer> referenceLink(int target, int[] parents) {
    Integer link = null;
    for (int child = target; parents[child] >= 0; child = parents[child]) {
      int parent = parents[child];
      if (heap.tagOf(parent) == HprofObjectTag.INSTANCE_DUMP
          && heap.classOf(parent).referentSlot >= 0
          && heap.field(parent, "referent") == heap.idOf(child)) {
        link = parent;
      }
    }
    return Optional.ofNullable(link);
  }

  private static BitSet unreached(BitSet targets, int[] parents) {
    BitSet unreached = (BitSet) targets.clone();
    for (int target = targets.nextSetBit(0); target >= 0;
        target = targets.nextSetBit(target + 1)) {
      if (parents[target] != BreadthFirstSearch.UNVISITED) {
        unreached.clear(target);
      }
    }
    return unreached;
  }
}
