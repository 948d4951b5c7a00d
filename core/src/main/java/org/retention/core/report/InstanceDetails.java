package org.retention.core.report;

import java.util.List;

/**
 * What an instance check ({@link CheckKind#INSTANCES}) counted: each class with its live instances
 * before and after.
 *
 * <pre>{@code
 * details.counts().stream().filter(InstanceCount::grew).forEach(count -> ...);
 * }</pre>
 *
 * @param counts one per class counted, in the order given; empty when no count could be taken
 */
public record InstanceDetails(List<InstanceCount> counts) implements CheckDetails {
  /** Copies. */
  public InstanceDetails {
    counts = List.copyOf(counts);
  }

  @Override
  public boolean fits(CheckKind kind) {
    return kind == CheckKind.INSTANCES;
  }
}
