package org.retention.core.report;

import java.util.List;

/**
 * What a growth check ({@link CheckKind#GROWTH}) measured.
 *
 * <pre>{@code
 * GrowthDetails details = new GrowthDetails(40, 3, List.of(group));
 * }</pre>
 *
 * @param repetitions how many times the action ran
 * @param windows how many measurement windows the repetitions formed
 * @param groups the groups of objects that piled up, one per place; empty for a pass
 */
public record GrowthDetails(int repetitions, int windows, List<GrowthGroupRecord> groups)
    implements CheckDetails {
  /** Copies. */
  public GrowthDetails {
    groups = List.copyOf(groups);
  }

  @Override
  public boolean fits(CheckKind kind) {
    return kind == CheckKind.GROWTH;
  }
}
