package org.retention.core.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.probe.RetainedObject;

/**
 * Why one retained object was still reachable: the shortest path from a GC root to it.
 *
 * <pre>{@code
 * for (RetentionPath path : explanation.paths()) {
 *   System.out.println(path.root().description() + " -> " + path.object().className()
 *       + " (" + path.fingerprint() + ")");
 * }
 * }</pre>
 *
 * @param object the retained object, as the verdict names it
 * @param reachability how it is reachable: strongly, softly only, or through another reference
 * @param root where the path starts
 * @param steps the references from the root's object to the retained object, root first; empty
 *     when the root holds the object itself
 * @param referenceLink for a path that is not strong, the first {@code Reference.referent} step
 *     it passes through
 * @param retainedBytes the bytes that would be freed if the object were released: itself and
 *     everything only it keeps reachable
 * @param fingerprint 16 hex digits identifying the leak by classes and fields, the same in every
 *     run, collector and JDK
 */
public record RetentionPath(
    RetainedObject object,
    Reachability reachability,
    GcRoot root,
    List<PathStep> steps,
    Optional<PathStep> referenceLink,
    long retainedBytes,
    String fingerprint) {

  /** Validates and copies. */
  public RetentionPath {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(reachability, "reachability");
    steps = List.copyOf(steps);
    Objects.requireNonNull(referenceLink, "referenceLink");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** A path from {@code root} through {@code steps}, fingerprinted. */
  public static RetentionPath of(RetainedObject object, Reachability reachability, GcRoot root,
      List<PathStep> steps, Optional<PathStep> referenceLink, long retainedBytes) {
    return new RetentionPath(object, reachability, root, steps, referenceLink, retainedBytes,
        Fingerprints.of(root, steps, object.className()));
  }
}
