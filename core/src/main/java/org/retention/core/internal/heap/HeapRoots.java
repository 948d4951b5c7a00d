package org.retention.core.internal.heap;

import java.util.List;
import java.util.Optional;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;

/**
 * The GC roots of a dump by seed number, for searches that start from every root at once (the
 * growth paths): {@link RootSeeds}' seeds, worded by {@link RootDescriptions} as every other
 * retention path is.
 *
 * <pre>{@code
 * HeapRoots roots = new HeapRoots(heap, OwnFrames.of(Set.of(), List.of("org.junit.")));
 * GcRoot root = roots.describe(seed, steps);
 * }</pre>
 */
final class HeapRoots {
  private final RootSeeds seeds;
  private final RootDescriptions descriptions;

  HeapRoots(HprofIndex heap, OwnFrames ownFrames) {
    this.seeds = new RootSeeds(heap, ownFrames);
    this.descriptions = new RootDescriptions(heap);
  }

  int count() {
    return seeds.size();
  }

  /** The object the seed holds. */
  int object(int seed) {
    return seeds.get(seed).object();
  }

  /** The class whose static field the seed is; empty for other roots. */
  Optional<String> staticOwner(int seed) {
    return seeds.get(seed) instanceof RootSeeds.StaticField field
        ? Optional.of(field.type().name) : Optional.empty();
  }

  /**
   * Whether the seed is a class's resolved constants ({@code <resolved_references>}): the string
   * constants and call sites that running its code links in, as many as the code has, never more.
   */
  boolean isResolvedConstants(int seed) {
    return seeds.get(seed) instanceof RootSeeds.StaticField field
        && field.field().equals("<resolved_references>");
  }

  /** Whether the seed is a stack frame of one of the searcher's own classes. */
  boolean isOwnFrame(int seed) {
    return seeds.isOwnFrame(seed);
  }

  /** The root of a path that starts at {@code seed}'s object and goes on by {@code steps}. */
  GcRoot describe(int seed, List<PathStep> steps) {
    return descriptions.describe(seeds.get(seed), steps);
  }
}
