package org.retention.core.internal.heap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RetentionPath;
import org.retention.core.explain.SuspectReference;
import org.retention.core.internal.probe.ProbeMarker;
import org.retention.core.probe.RetainedObject;

/**
 * Finds, in an indexed heap dump, the probe's watched objects, and has each explained: how it is
 * reachable ({@link PathSearches}), its shortest path from a GC root ({@link PathAssembly}), and
 * what it and its path's suspect reference retain ({@link RetainedSizes}).
 *
 * <pre>{@code
 * HeapAnalysis.Result result = new HeapAnalysis(HprofIndex.open(dump, VmLayout.current()),
 *     OwnFrames.ofCurrentThread()).analyse(probe.id(), verdict.retained(), verdict.retainedCount());
 * }</pre>
 *
 * <p>The probe is found through its {@link ProbeMarker}, by its random id; the marker's
 * references array leads to the watched objects.
 */
final class HeapAnalysis {
  private final HprofIndex heap;
  private final RootSeeds seeds;
  /** The probe markers: no search follows their references. */
  private final BitSet markers = new BitSet();

  /** What the analysis found. */
  record Result(List<RetentionPath> paths, Map<Reachability, Integer> reachability) {}

  HeapAnalysis(HprofIndex heap, OwnFrames ownFrames) {
    this.heap = heap;
    this.seeds = new RootSeeds(heap, ownFrames);
    heap.probeInstances.forEach(markers::set);
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
    PathSearches searches = new PathSearches(heap, seeds, markers, allTargets);

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
    PathAssembly assembly = new PathAssembly(heap, seeds, searches);
    List<PathAssembly.Route> routes = new ArrayList<>();
    // The suspects' objects are sized in the same pass as the targets: one pass over the dump.
    BitSet sized = (BitSet) explainedTargets.clone();
    for (RetainedObject object : explained) {
      PathAssembly.Route route = assembly.route(watched[object.index()],
          searches.parentsOf(watched[object.index()]));
      routes.add(route);
      int suspect = route.suspectObject();
      if (suspect >= 0 && !heap.isClass(suspect) && !heap.isAlwaysReachable(suspect)) {
        sized.set(suspect);
      }
    }
    RetainedSizes sizes = new RetainedSizes(heap, seeds, sized);
    List<RetentionPath> paths = new ArrayList<>();
    for (int i = 0; i < explained.size(); i++) {
      int target = watched[explained.get(i).index()];
      int suspect = routes.get(i).suspectObject();
      long retainedBytes = sizes.of(target);
      long suspectBytes = suspect == target ? retainedBytes
          : suspect >= 0 && sized.get(suspect) ? sizes.of(suspect)
          : SuspectReference.UNKNOWN_BYTES;
      paths.add(assembly.path(explained.get(i), searches.reachability(target), target,
          searches.parentsOf(target), routes.get(i), retainedBytes, suspectBytes));
    }
    return new Result(paths, counts);
  }

  /**
   * The watched objects of the probe, by watch index: the object's index in the dump, or -2 when
   * its weak reference was cleared since the verdict.
   */
  private int[] watchedObjects(long probeId) {
    for (int probe : heap.probeInstances) {
      if (heap.field(probe, ProbeMarker.ID_FIELD) == probeId) {
        int references = heap.indexOf(heap.field(probe, ProbeMarker.REFERENCES_FIELD));
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
}
