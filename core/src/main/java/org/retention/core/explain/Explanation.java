package org.retention.core.explain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetentionVerdict;

/**
 * A verdict with what a heap dump showed about it: the retention path of each of the first
 * retained objects, and how all of them were reachable. A plain value: the check's failure
 * message ({@code CheckResult.failureMessage()}) words it.
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
}
