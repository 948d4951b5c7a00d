package org.retention.core.internal.heap;

import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import java.util.function.Supplier;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/** Watches objects made by a leak shape and explains why they stayed. */
final class Leaks {
  private Leaks() {}

  /**
   * Creates an object with {@code leak}, which must keep it reachable somewhere, watches it and
   * explains the verdict. The object is created in this short method's callee, so no frame of the
   * test holds it.
   */
  static Explanation explain(Supplier<?> leak, ExplainSettings settings) {
    RetentionProbe probe = watch(leak);
    RetentionVerdict verdict = probe.awaitRelease();
    return RetentionExplainer.explain(probe, verdict, settings);
  }

  static Explanation explain(Supplier<?> leak) {
    return explain(leak, ExplainSettings.DEFAULTS);
  }

  private static RetentionProbe watch(Supplier<?> leak) {
    return RetentionProbe.builder().watch("value", leak.get(), null).build();
  }
}
