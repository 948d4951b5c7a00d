package org.retention.core.report;

import java.util.Objects;

/**
 * The live instances of one class before and after the work of an instance check.
 *
 * <pre>{@code
 * InstanceCount count = new InstanceCount("org.example.Session", 43, 53, 0);
 * count.grew();   // true: 10 more than before plus the allowance
 * }</pre>
 *
 * @param className the class counted, subclasses included
 * @param before its live instances before the work
 * @param after its live instances after the work
 * @param allowance how many more may stay alive
 */
public record InstanceCount(String className, long before, long after, int allowance) {
  /** Validates. */
  public InstanceCount {
    Objects.requireNonNull(className, "className");
  }

  /** Whether there are more instances than before plus the allowance. */
  public boolean grew() {
    return after > before + allowance;
  }
}
