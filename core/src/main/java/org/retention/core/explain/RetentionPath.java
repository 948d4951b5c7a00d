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
 *   path.suspect().ifPresent(suspect -> System.out.println("break " + suspect.reference()));
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
 * @param suspect the step to break, and what breaking it frees ({@link SuspectReference}); empty
 *     when the path has no step. Not part of the fingerprint
 */
public record RetentionPath(
    RetainedObject object,
    Reachability reachability,
    GcRoot root,
    List<PathStep> steps,
    Optional<PathStep> referenceLink,
    long retainedBytes,
    String fingerprint,
    Optional<SuspectReference> suspect) {

  /** Validates and copies. */
  public RetentionPath {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(reachability, "reachability");
    steps = List.copyOf(steps);
    Objects.requireNonNull(referenceLink, "referenceLink");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(suspect, "suspect");
  }

  /** A path whose suspect is found from its steps, with what breaking it frees unknown. */
  public RetentionPath(RetainedObject object, Reachability reachability, GcRoot root,
      List<PathStep> steps, Optional<PathStep> referenceLink, long retainedBytes,
      String fingerprint) {
    this(object, reachability, root, steps, referenceLink, retainedBytes, fingerprint,
        SuspectReference.of(steps, SuspectReference.UNKNOWN_BYTES));
  }

  /** A path from {@code root} through {@code steps}, fingerprinted, its suspect's bytes unknown. */
  public static RetentionPath of(RetainedObject object, Reachability reachability, GcRoot root,
      List<PathStep> steps, Optional<PathStep> referenceLink, long retainedBytes) {
    return of(object, reachability, root, steps, referenceLink, retainedBytes,
        SuspectReference.UNKNOWN_BYTES);
  }

  /**
   * A path from {@code root} through {@code steps}, fingerprinted, whose {@linkplain
   * SuspectReference suspect} frees {@code suspectFreedBytes} ({@link
   * SuspectReference#UNKNOWN_BYTES} when unknown).
   */
  public static RetentionPath of(RetainedObject object, Reachability reachability, GcRoot root,
      List<PathStep> steps, Optional<PathStep> referenceLink, long retainedBytes,
      long suspectFreedBytes) {
    return new RetentionPath(object, reachability, root, steps, referenceLink, retainedBytes,
        Fingerprints.of(root, steps, object.className()),
        SuspectReference.of(steps, suspectFreedBytes));
  }
}
