package org.retention.core.explain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.internal.text.VerdictMessages;

/**
 * A verdict with what a heap dump showed about it: the retention path of each of the first
 * retained objects, and how all of them were reachable. Front ends print {@link #message()} after
 * their own "Expecting ... to be collectable after ..., but ".
 *
 * <pre>{@code
 * Explanation explanation = result.explanation().orElseThrow();
 * List<String> fingerprints = explanation.fingerprints();   // one per explained path
 * }</pre>
 *
 * @param verdict the verdict explained
 * @param paths the retention paths of the first few retained (five at most)
 *     objects the dump still held, in watch order; empty when not explained
 * @param reachability how many of all retained objects were reachable in each way; empty when not
 *     explained
 * @param unexplainedReason why a failure that should have been explained was not; empty otherwise
 * @param heapDump the heap dump, when kept on request ({@value ExplainSettings#KEEP_HEAP_DUMPS})
 * @param dumpTime how long dumping the heap took
 * @param analysisTime how long analysing the dump took
 */
public record Explanation(
    RetentionVerdict verdict,
    List<RetentionPath> paths,
    Map<Reachability, Integer> reachability,
    String unexplainedReason,
    Optional<Path> heapDump,
    Duration dumpTime,
    Duration analysisTime) {

  /** Validates and copies. */
  public Explanation {
    Objects.requireNonNull(verdict, "verdict");
    paths = List.copyOf(paths);
    reachability = Map.copyOf(reachability);
    Objects.requireNonNull(unexplainedReason, "unexplainedReason");
    Objects.requireNonNull(heapDump, "heapDump");
    Objects.requireNonNull(dumpTime, "dumpTime");
    Objects.requireNonNull(analysisTime, "analysisTime");
  }

  /** The verdict alone, as when explanations are off: it lists the retained objects. */
  public static Explanation none(RetentionVerdict verdict) {
    return unexplained(verdict, "", Optional.empty(), Duration.ZERO);
  }

  public static Explanation unexplained(
      RetentionVerdict verdict, String reason, Optional<Path> heapDump, Duration dumpTime) {
    return new Explanation(verdict, List.of(), Map.of(), reason, heapDump, dumpTime,
        Duration.ZERO);
  }

  /** The fingerprints of the explained paths, in order; the same leak has the same one. */
  public List<String> fingerprints() {
    return paths.stream().map(RetentionPath::fingerprint).toList();
  }

  /**
   * What the verdict found and why, for example:
   *
   * <pre>
   * 1 of 1,000 is still strongly reachable after 2 full GCs (G1, 38 ms):
   *   value "session-17" (org.example.Session, retains 1,048,616 bytes)
   *   GC root: static field org.example.AuditLog.RECENT
   *     ArrayList.elementData
   *     Object[][3]
   *     AuditEntry.session
   *     -> org.example.Session
   *   leak fingerprint: 5f0c6e2a91d4b387
   * </pre>
   */
  public String message() {
    if (verdict.outcome() != Outcome.RETAINED) {
      return VerdictMessages.inconclusive(verdict);
    }
    String newline = System.lineSeparator();
    StringBuilder text = new StringBuilder(VerdictMessages.summary(verdict, reachabilityPhrase()))
        .append(':').append(newline);
    if (paths.isEmpty()) {
      text.append(VerdictMessages.retainedList(verdict));
    } else {
      paths.forEach(path -> render(path, text, newline));
      text.append(VerdictMessages.andMore(verdict.retainedCount() - paths.size()));
    }
    int late = reachability.getOrDefault(Reachability.COLLECTED_LATE, 0);
    if (late > 0) {
      text.append("  (").append(VerdictMessages.number(late))
          .append(" collected after the verdict, by a later collection)").append(newline);
    }
    if (!unexplainedReason.isEmpty()) {
      text.append("  (no retention path: ").append(unexplainedReason).append(')').append(newline);
    }
    heapDump.ifPresent(file ->
        text.append("  heap dump kept at ").append(file).append(newline));
    return text.toString();
  }

  private String reachabilityPhrase() {
    if (reachability.isEmpty()) {
      return "reachable";
    }
    for (Reachability way : Reachability.values()) {
      if (reachability.getOrDefault(way, 0) == verdict.retainedCount()) {
        return way.phrase();
      }
    }
    Map<Reachability, Integer> ordered = new EnumMap<>(reachability);
    List<String> parts = new ArrayList<>();
    ordered.forEach((way, count) -> parts.add(VerdictMessages.number(count) + " " + way.phrase()));
    return "reachable (" + String.join(", ", parts) + ")";
  }

  private static void render(RetentionPath path, StringBuilder text, String newline) {
    String className = path.object().className();
    text.append("  ").append(path.object().kind()).append(' ').append(path.object().description())
        .append(" (").append(className).append(", retains ")
        .append(VerdictMessages.number(path.retainedBytes())).append(" bytes)").append(newline);
    path.referenceLink().ifPresent(link -> {
      text.append("  ").append(path.reachability().phrase()).append(": held through ")
          .append(link.holderClass()).append('.').append(link.field());
      if (path.reachability() == Reachability.SOFT) {
        text.append("; the JVM clears soft references only under memory pressure");
      }
      text.append(newline);
    });
    text.append("  GC root: ").append(path.root().description()).append(newline);
    path.steps().forEach(step -> text.append("    ").append(step.text()).append(newline));
    text.append("    -> ").append(className).append(newline);
    text.append("  leak fingerprint: ").append(path.fingerprint()).append(newline);
  }
}
