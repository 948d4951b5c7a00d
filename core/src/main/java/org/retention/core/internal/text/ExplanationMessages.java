package org.retention.core.internal.text;

import org.retention.core.explain.Fingerprints;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RetentionPath;
import org.retention.core.probe.Outcome;

/**
 * Words an explained verdict of watched objects for its failure message, the same for every
 * front end and every kind of check whose checked things are objects.
 *
 * <pre>{@code
 * String body = ExplanationMessages.of(explanation);   // "1 of 1,000 is still strongly reachable ..."
 * }</pre>
 */
public final class ExplanationMessages {
  private ExplanationMessages() {}

  /**
   * What the explanation.verdict() found and why, for example:
   *
   * <pre>
   * 1 of 1,000 is still strongly reachable after 2 full GCs (G1, 38 ms):
   *   value "session-17" (org.example.Session, retains 1,048,616 bytes)
   *   GC root: static field org.example.AuditLog.RECENT
   *     ArrayList.elementData
   *     Object[][3]
   *     AuditEntry.session
   *     -> org.example.Session
   *   suspect reference: Object[][3] -> org.example.AuditEntry (break it to free 1,048,640 bytes)
   *   leak fingerprint: 5f0c6e2a91d4b387
   * </pre>
   */
  public static String of(Explanation explanation) {
    if (explanation.verdict().outcome() != Outcome.RETAINED) {
      return VerdictMessages.inconclusive(explanation.verdict());
    }
    String newline = System.lineSeparator();
    StringBuilder text = new StringBuilder(VerdictMessages.summary(explanation.verdict(), reachabilityPhrase(explanation)))
        .append(':').append(newline);
    if (explanation.paths().isEmpty()) {
      text.append(VerdictMessages.retainedList(explanation.verdict()));
    } else {
      explanation.paths().forEach(path -> render(path, text, newline));
      text.append(VerdictMessages.andMore(explanation.verdict().retainedCount() - explanation.paths().size()));
    }
    int late = explanation.reachability().getOrDefault(Reachability.COLLECTED_LATE, 0);
    if (late > 0) {
      text.append("  (").append(VerdictMessages.number(late))
          .append(" collected after the explanation.verdict(), by a later collection)").append(newline);
    }
    if (!explanation.unexplainedReason().isEmpty()) {
      text.append("  (no retention path: ").append(explanation.unexplainedReason()).append(')').append(newline);
    }
    explanation.heapDump().ifPresent(file ->
        text.append("  heap dump kept at ").append(file).append(newline));
    return text.toString();
  }

  private static String reachabilityPhrase(Explanation explanation) {
    if (explanation.reachability().isEmpty()) {
      return "reachable";
    }
    for (Reachability way : Reachability.values()) {
      if (explanation.reachability().getOrDefault(way, 0) == explanation.verdict().retainedCount()) {
        return way.phrase();
      }
    }
    Map<Reachability, Integer> ordered = new EnumMap<>(explanation.reachability());
    List<String> parts = new ArrayList<>();
    ordered.forEach((way, count) -> parts.add(VerdictMessages.number(count) + " " + way.phrase()));
    return "reachable (" + String.join(", ", parts) + ")";
  }

  private static void render(RetentionPath path, StringBuilder text, String newline) {
    String className = Fingerprints.readable(path.object().className());
    text.append("  ").append(path.object().kind()).append(' ').append(path.object().description())
        .append(" (").append(className).append(", retains ")
        .append(VerdictMessages.number(path.retainedBytes())).append(" bytes)").append(newline);
    path.referenceLink().ifPresent(link -> {
      text.append("  ").append(path.reachability().phrase()).append(": held through ")
          .append(Fingerprints.readable(link.holderClass())).append('.')
          .append(link.field());
      if (path.reachability() == Reachability.SOFT) {
        text.append("; the JVM clears soft references only under memory pressure");
      }
      text.append(newline);
    });
    text.append("  GC root: ").append(path.root().description()).append(newline);
    path.steps().forEach(step -> text.append("    ").append(step.text()).append(newline));
    text.append("    -> ").append(className).append(newline);
    path.suspect().ifPresent(suspect -> text.append("  suspect reference: ")
        .append(suspect.reference()).append(" -> ").append(held(path, suspect.step(), className))
        .append(suspect.freedBytesKnown()
            ? " (break it to free " + VerdictMessages.number(suspect.freedBytes()) + " bytes)"
            : " (what breaking it frees is unknown)")
        .append(newline));
    text.append("  leak fingerprint: ").append(path.fingerprint()).append(newline);
  }

  /** What step {@code step} of {@code path} points at, as the next step (or the end) names it. */
  private static String held(RetentionPath path, int step, String className) {
    if (step + 1 == path.steps().size()) {
      return className;
    }
    PathStep next = path.steps().get(step + 1);
    return next.proxyInterfaces().isEmpty() ? Fingerprints.readable(next.holderClass())
        : next.text();
  }
}
