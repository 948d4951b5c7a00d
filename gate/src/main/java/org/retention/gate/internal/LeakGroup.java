package org.retention.gate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.retention.core.report.LeakRecord;

/**
 * One leak shape (a fingerprint) with every check that hit it, as LeakCanary groups a leak
 * trace's signature: the page draws its path once, in one card, and the console prints it once.
 *
 * <pre>{@code
 * for (LeakGroup group : LeakGroup.of(merged.listed())) {
 *   System.out.println(group.fingerprint() + ": " + group.hits().size() + " checks");
 * }
 * }</pre>
 *
 * @param leak the first leak recorded with the fingerprint: its path stands for all
 * @param hits the checks with a leak of this fingerprint, in the order given
 */
record LeakGroup(LeakRecord leak, List<JudgedCheck> hits) {
  /** Validates and copies. */
  LeakGroup {
    Objects.requireNonNull(leak, "leak");
    hits = List.copyOf(hits);
  }

  /** The groups of {@code checks}' leaks, in the order each fingerprint is first seen. */
  static List<LeakGroup> of(List<JudgedCheck> checks) {
    Map<String, LeakRecord> first = new LinkedHashMap<>();
    Map<String, List<JudgedCheck>> hits = new LinkedHashMap<>();
    for (JudgedCheck judged : checks) {
      for (LeakRecord leak : judged.check().leaks()) {
        first.putIfAbsent(leak.fingerprint(), leak);
        List<JudgedCheck> hitting = hits.computeIfAbsent(leak.fingerprint(),
            fingerprint -> new ArrayList<>());
        // A check's leaks come together: one entry per check, however many leaks it has.
        if (hitting.isEmpty() || hitting.get(hitting.size() - 1) != judged) {
          hitting.add(judged);
        }
      }
    }
    return first.values().stream()
        .map(leak -> new LeakGroup(leak, hits.get(leak.fingerprint()))).toList();
  }

  /** The fingerprint the group shares. */
  String fingerprint() {
    return leak.fingerprint();
  }

  /** Whether some check that hit it fails the build: a new leak, not an accepted one. */
  boolean isNew() {
    return hits.stream().anyMatch(judged -> judged.verdict().failing());
  }
}
