package org.retention.core.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The reference of a retention path to break: where a long-lived holder points at short-lived
 * state. Breaking it (removing the listener, clearing the entry, nulling the field) frees what it
 * points at.
 *
 * <pre>{@code
 * path.suspect().ifPresent(suspect -> System.out.println(suspect.reference()  // "Object[][3]"
 *     + " frees " + suspect.freedBytes() + " bytes"));                      // " frees 1048640 bytes"
 * }</pre>
 *
 * <p><b>Which step.</b> Walking from the root, the last step held by infrastructure that points
 * into user state. A step is held by infrastructure when the class that holds it is the JDK's
 * ({@code java.}, {@code javax.}, {@code jdk.}, {@code sun.}, {@code com.sun.}), arrays of those
 * ({@code Object[]}, {@code HashMap$Node[]}) and a map's own nodes included: a static list, a
 * map's entries, a listener registry of the JDK. It points into user state when the next step is
 * held by a class that is not, or when it points at the checked object itself, whatever its class.
 * A proxy's {@code Proxy.h} counts as the proxy's own, not the JDK's: the proxy is user state.
 * For {@code static field AuditLog.RECENT, ArrayList.elementData, Object[][3], AuditEntry.session
 * -> Session}, it is {@code Object[][3]}: the list's element, the entry it holds. A path with no
 * such step (user objects all the way) breaks at its first step; a path with no step (the root
 * holds the object itself) has no suspect: the root is what to clear.
 *
 * @param step the index of the step in {@link RetentionPath#steps()}, and so in {@code
 *     LeakRecord.path()}
 * @param reference that step as a message shows it ({@link PathStep#text()})
 * @param freedBytes the retained size of the object that step points at: what breaking the step
 *     frees, if nothing else holds that object; {@value #UNKNOWN_BYTES} when unknown
 */
public record SuspectReference(int step, String reference, long freedBytes) {
  /** The {@link #freedBytes()} of a suspect whose object's retained size was not computed. */
  public static final long UNKNOWN_BYTES = -1;

  private static final List<String> JDK_PACKAGES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
  private static final String PROXY = "java.lang.reflect.Proxy";

  /** Validates. */
  public SuspectReference {
    Objects.requireNonNull(reference, "reference");
    if (step < 0 || freedBytes < UNKNOWN_BYTES) {
      throw new IllegalArgumentException("a step index and bytes are 0 or more");
    }
  }

  /** Whether {@link #freedBytes()} is known. */
  public boolean freedBytesKnown() {
    return freedBytes != UNKNOWN_BYTES;
  }

  /**
   * The suspect of the path through {@code steps}, whose object is retained: the step the class
   * comment names, freeing {@code freedBytes}; empty when there is no step.
   */
  public static Optional<SuspectReference> of(List<PathStep> steps, long freedBytes) {
    OptionalInt step = stepToBreak(steps);
    return step.isEmpty() ? Optional.empty() : Optional.of(
        new SuspectReference(step.getAsInt(), steps.get(step.getAsInt()).text(), freedBytes));
  }

  /** The index in {@code steps} of the step to break (see the class comment); empty for none. */
  public static OptionalInt stepToBreak(List<PathStep> steps) {
    if (steps.isEmpty()) {
      return OptionalInt.empty();
    }
    for (int step = steps.size() - 1; step >= 0; step--) {
      boolean intoUserState =
          step == steps.size() - 1 || !heldByInfrastructure(steps.get(step + 1));
      if (intoUserState && heldByInfrastructure(steps.get(step))) {
        return OptionalInt.of(step);
      }
    }
    return OptionalInt.of(0);
  }

  /**
   * Whether the class that holds {@code step} is the JDK's, or an array of the JDK's classes. A
   * proxy's handler ({@code Proxy.h}) is not: the proxy is the user's object.
   */
  static boolean heldByInfrastructure(PathStep step) {
    if (step.kind() != PathStep.Kind.FIELD && step.kind() != PathStep.Kind.ARRAY_ELEMENT
        || step.holderClass().equals(PROXY)) {
      return false;
    }
    String holder = step.holderClass();
    return JDK_PACKAGES.stream().anyMatch(holder::startsWith);
  }
}
