package org.retention.core.growth;

import java.util.List;
import java.util.Objects;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;

/**
 * Objects of one or more classes that pile up in one place: a collection's array, a field.
 *
 * <pre>{@code
 * GrowthGroup group = verdict.groups().get(0);
 * System.out.println(group.root().description() + " -> " + group.placeClass());
 * }</pre>
 *
 * @param classes the growing classes held there, the one nearest the place first
 * @param root the GC root of the path to the place
 * @param steps the references from the root's object to one instance of the first class
 * @param placeStep the index in {@code steps} of the first step inside the place: the place is
 *     the holder of that step
 * @param placeClass the class of the place, such as {@code java.lang.Object[]}
 * @param placeInstances how many instances of the first class the place held at the end
 * @param fingerprint 16 hex digits identifying this growth by its root, steps and class, the same
 *     in every run, collector and JDK
 * @param allocatedAt where the first class's instances were allocated in the last window, the
 *     allocating frame first ({@code com.acme.Checkout.confirm(Checkout.java:42)}), then its
 *     callers; empty unless the JVM runs with {@code -javaagent:retention-core.jar}
 */
public record GrowthGroup(List<GrowingClass> classes, GcRoot root, List<PathStep> steps,
    int placeStep, String placeClass, long placeInstances, String fingerprint,
    List<String> allocatedAt) {

  /** Validates and copies. */
  public GrowthGroup {
    classes = List.copyOf(classes);
    Objects.requireNonNull(root, "root");
    steps = List.copyOf(steps);
    Objects.requireNonNull(placeClass, "placeClass");
    Objects.requireNonNull(fingerprint, "fingerprint");
    allocatedAt = List.copyOf(allocatedAt);
  }

  /** A group whose allocation site is unknown. */
  public GrowthGroup(List<GrowingClass> classes, GcRoot root, List<PathStep> steps,
      int placeStep, String placeClass, long placeInstances, String fingerprint) {
    this(classes, root, steps, placeStep, placeClass, placeInstances, fingerprint, List.of());
  }

  /** The growing class nearest the place. */
  public GrowingClass first() {
    return classes.get(0);
  }

  /** The bytes all of the group's classes add per repetition: what each repetition leaks. */
  public long bytesPerRepetition() {
    return classes.stream().mapToLong(GrowingClass::bytesPerRepetition).sum();
  }
}
