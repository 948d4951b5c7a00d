package org.retention.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.SuspectReference;

/**
 * One explained leak of a check, as the report records it: its fingerprint and its path from a
 * GC root. For an object check, one retained object; for instance and growth checks, one place
 * where instances pile up; for a thread check, one thread; for a context check, one context.
 *
 * <pre>{@code
 * for (LeakRecord leak : check.leaks()) {
 *   System.out.println(leak.fingerprint() + "  " + leak.root() + " -> " + leak.object());
 *   leak.suspect().ifPresent(suspect -> System.out.println("  break " + suspect.reference()));
 * }
 * }</pre>
 *
 * @param fingerprint the leak fingerprint, 16 lowercase hex digits, stable across runs and JDKs
 * @param object what leaked as messages name it, such as {@code value "a" (java.lang.String)}
 * @param reachability how it is reachable
 * @param rootKind the GC root's kind
 * @param root the GC root in words, such as {@code static field org.example.AuditLog.RECENT}
 * @param path the references from the root to the object, one step per entry
 * @param retainedBytes what releasing it would free
 * @param baselineReason why the baseline accepts this fingerprint; empty when it does not
 * @param suspect the reference to break ({@link SuspectReference#step()} indexes {@code path}) and
 *     what breaking it frees; empty for a leak with no such step, and in reports written before
 *     it was recorded. Not part of the fingerprint
 */
public record LeakRecord(
    String fingerprint,
    String object,
    Reachability reachability,
    RootKind rootKind,
    String root,
    List<String> path,
    long retainedBytes,
    Optional<String> baselineReason,
    Optional<SuspectReference> suspect) {

  /** Validates and copies. */
  public LeakRecord {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(reachability, "reachability");
    Objects.requireNonNull(rootKind, "rootKind");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(baselineReason, "baselineReason");
    Objects.requireNonNull(suspect, "suspect");
    path = List.copyOf(path);
    if (suspect.isPresent() && suspect.get().step() >= path.size()) {
      throw new IllegalArgumentException("the suspect is step " + suspect.get().step()
          + " of a path of " + path.size());
    }
  }

  /** A leak with no suspect reference. */
  public LeakRecord(String fingerprint, String object, Reachability reachability,
      RootKind rootKind, String root, List<String> path, long retainedBytes,
      Optional<String> baselineReason) {
    this(fingerprint, object, reachability, rootKind, root, path, retainedBytes, baselineReason,
        Optional.empty());
  }

  /** The same leak with the baseline's reason for it, or none. */
  public LeakRecord withBaselineReason(Optional<String> reason) {
    return new LeakRecord(fingerprint, object, reachability, rootKind, root, path, retainedBytes,
        reason, suspect);
  }
}
