package org.retention.core.report;

/**
 * What a check of one {@link CheckKind} measured, in that kind's own terms.
 *
 * <pre>{@code
 * if (check.details() instanceof ObjectDetails objects) {
 *   System.out.println(objects.retained() + " of " + objects.checked() + " retained");
 * }
 * }</pre>
 */
public sealed interface CheckDetails
    permits ObjectDetails, InstanceDetails, GrowthDetails, ThreadDetails {

  /** Whether these details may describe a check of {@code kind}. */
  boolean fits(CheckKind kind);
}
