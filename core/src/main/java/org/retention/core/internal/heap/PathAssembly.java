package org.retention.core.internal.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RetentionPath;
import org.retention.core.explain.SuspectReference;
import org.retention.core.probe.RetainedObject;

/**
 * Turns a search's parents into a {@link RetentionPath}: the root, one {@link PathStep} per
 * reference, and for a path that is not strong, the reference it passes through.
 *
 * <pre>{@code
 * PathAssembly.Route route = assembly.route(target, searches.parentsOf(target));
 * RetentionPath path = assembly.path(object, way, target, searches.parentsOf(target), route,
 *     retainedBytes, suspectBytes);
 * }</pre>
 *
 * <p>A path that reaches a class whose loader may be unloaded and goes on through one of its
 * static fields starts at that field: "static field com.acme.Plugin.INSTANCE (class loaded by
 * com.acme.PluginLoader)" says what holds the object, and what keeps the class is another leak.
 */
final class PathAssembly {
  private final HprofIndex heap;
  private final RootSeeds seeds;
  private final RootDescriptions roots;
  private final PathSearches searches;

  PathAssembly(HprofIndex heap, RootSeeds seeds, PathSearches searches) {
    this.heap = heap;
    this.seeds = seeds;
    this.roots = new RootDescriptions(heap);
    this.searches = searches;
  }

  /**
   * A path as {@link #path} words it, with its objects, before anything is sized.
   *
   * @param root the path's GC root
   * @param steps the references from the root's object to the target
   * @param objects the root's object, then the object each step leads to
   */
  record Route(GcRoot root, List<PathStep> steps, List<Integer> objects) {
    /** The object the {@linkplain SuspectReference suspect} step points at, or -1 for none. */
    int suspectObject() {
      OptionalInt step = SuspectReference.stepToBreak(steps);
      return step.isPresent() ? objects.get(step.getAsInt() + 1) : -1;
    }
  }

  /** The path to {@code target} that {@code parents} leads along, from its root on. */
  Route route(int target, int[] parents) {
    List<Integer> chain = new ArrayList<>();
    int current = target;
    while (parents[current] >= 0) {
      chain.add(0, current);
      current = parents[current];
    }
    chain.add(0, current);
    RootSeeds.Seed root = seeds.get(BreadthFirstSearch.seedOf(parents[current]));
    int first = 1;
    int[] slots = new int[chain.size()];
    for (int i = 1; i < chain.size(); i++) {
      slots[i] = slot(chain.get(i - 1), chain.get(i));
      if (heap.isClass(chain.get(i - 1)) && slots[i] >= 0) {
        HprofIndex.ClassInfo type = heap.classAt(chain.get(i - 1));
        root = new RootSeeds.StaticField(type, type.staticNames[slots[i]], chain.get(i));
        first = i + 1;
      }
    }
    List<PathStep> steps = new ArrayList<>();
    for (int i = first; i < chain.size(); i++) {
      steps.add(step(chain.get(i - 1), chain.get(i), slots[i]));
    }
    return new Route(roots.describe(root, steps), steps,
        List.copyOf(chain.subList(first - 1, chain.size())));
  }

  /**
   * The path of {@code object} along {@code route}, its suspect freeing {@code suspectBytes}
   * ({@link SuspectReference#UNKNOWN_BYTES} when unknown).
   */
  RetentionPath path(RetainedObject object, Reachability way, int target, int[] parents,
      Route route, long retainedBytes, long suspectBytes) {
    Optional<PathStep> link = way == Reachability.STRONG
        ? Optional.empty()
        : searches.referenceLink(target, parents)
            .map(holder -> new PathStep(heap.classOf(holder).name, "referent", -1));
    return RetentionPath.of(object, way, route.root(), route.steps(), link, retainedBytes,
        suspectBytes);
  }

  /**
   * The slot through which {@code parent} holds {@code child} (see {@link Edges}): a path that
   * goes through a class's static slot starts there.
   */
  int slot(int parent, int child) {
    long childId = heap.idOf(child);
    int[] slot = {Integer.MIN_VALUE};
    heap.forEachReference(parent, true, (id, slotOrIndex) -> {
      if (id == childId && slot[0] == Integer.MIN_VALUE) {
        slot[0] = slotOrIndex;
      }
    });
    return slot[0];
  }

  /** The reference from {@code parent} to {@code child} through {@code slot}, as a step. */
  PathStep step(int parent, int child, int slot) {
    if (slot == Edges.CLASS) {
      return PathStep.toClass(PathStep.Kind.CLASS, heap.classAt(child).name);
    }
    if (heap.isClass(parent)) {
      return switch (slot) {
        case Edges.LOADER -> PathStep.toClass(PathStep.Kind.LOADER, heap.classNameOf(child));
        case Edges.SUPERCLASS -> PathStep.toClass(PathStep.Kind.SUPERCLASS, heap.classAt(child).name);
        case Edges.PROTECTION_DOMAIN ->
            PathStep.toClass(PathStep.Kind.PROTECTION_DOMAIN, heap.classNameOf(child));
        default -> PathStep.toClass(PathStep.Kind.SIGNERS, heap.classNameOf(child));
      };
    }
    HprofIndex.ClassInfo type = heap.classOf(parent);
    if (heap.tagOf(parent) != HprofObjectTag.INSTANCE_DUMP) {
      return new PathStep(type.name, null, slot);
    }
    if (slot == type.referentSlot) {
      return new PathStep(type.name, "referent", -1);
    }
    return FieldSteps.of(heap, parent, slot);
  }
}
