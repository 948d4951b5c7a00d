package org.retention.core.explain;

import org.retention.core.internal.heap.Fingerprints;
import java.util.Objects;

/**
 * One reference of a retention path: a field of an object, or an element of an array.
 *
 * <pre>{@code
 * path.steps().forEach(step -> System.out.println(step.text()));   // "ArrayList.elementData"
 * }</pre>
 *
 * @param holderClass for a field, the class that declares it ({@code java.util.ArrayList}); for an
 *     array element, the array's class ({@code java.lang.Object[]}); for the referent of a {@code
 *     java.lang.ref.Reference}, the reference's own class
 * @param field the field's name, or null for an array element
 * @param arrayIndex the element's index, or -1 for a field
 */
public record PathStep(String holderClass, String field, int arrayIndex) {
  /** Validates. */
  public PathStep {
    Objects.requireNonNull(holderClass, "holderClass");
    if ((field == null) == (arrayIndex < 0)) {
      throw new IllegalArgumentException("a step is a field or an array element");
    }
  }

  /** As a message shows it: {@code ArrayList.elementData}, {@code Object[][3]}. */
  public String text() {
    String holder = holderClass.substring(holderClass.lastIndexOf('.') + 1);
    return field != null ? holder + "." + field : holder + "[" + arrayIndex + "]";
  }

  /**
   * What identifies this step in every run: the full class and field, without the array index,
   * which varies with hashing and insertion order.
   */
  public String signature() {
    return Fingerprints.normalize(holderClass) + (field != null ? "." + field : "[]");
  }
}
