package com.example.renamed;

import java.lang.ref.Reference;
import java.util.Map;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.HoldsCheckedObjects;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.probe.RetentionProbe;

/**
 * An adapter that core has never heard of, in a package of its own: it keeps a value of the map
 * in a local variable while it explains, as a check's frame may, and says so with the mark.
 */
@HoldsCheckedObjects
public final class RenamedMapCheck {
  private RenamedMapCheck() {}

  /** Clears {@code actual} and explains why its values stay, holding the first all along. */
  public static Explanation releasesValuesAfterClear(Map<String, Object> actual) {
    RetentionProbe probe = RetentionProbe.watching("value", actual.values());
    Object held = actual.values().iterator().next();
    actual.clear();
    Explanation explanation =
        RetentionExplainer.explain(probe, probe.awaitRelease(), ExplainSettings.DEFAULTS);
    Reference.reachabilityFence(held);
    return explanation;
  }
}
