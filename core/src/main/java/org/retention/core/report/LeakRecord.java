package org.retention.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One explained retained object of a check, as the report records it: its fingerprint and its
 * path from a GC root.
 *
 * <pre>{@code
 * for (LeakRecord leak : check.leaks()) {
 *   System.out.println(leak.fingerprint() + "  " + leak.root() + " -> " + leak.object());
 * }
 * }</pre>
 *
 * @param fingerprint the leak fingerprint, 16 lowercase hex digits, stable across runs and JDKs
 * @param object the object as messages name it, such as {@code value "a" (java.lang.String)}
 * @param reachability {@code strong}, {@code soft}, …, as {@code Reachability} names it
 * @param rootKind the GC root's kind, a {@code RootKind} name such as {@code STATIC_FIELD}
 * @param root the GC root in words, such as {@code static field org.example.AuditLog.RECENT}
 * @param path the references from the root to the object, one step per entry
 * @param retainedBytes what releasing the object would free
 * @param baselineReason why the baseline accepts this fingerprint; null when it does not
 */
public record LeakRecord(
    String fingerprint,
    String object,
    String reachability,
    String rootKind,
    String root,
    List<String> path,
    long retainedBytes,
    String baselineReason) {

  /** Validates and copies. */
  public LeakRecord {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(reachability, "reachability");
    Objects.requireNonNull(rootKind, "rootKind");
    Objects.requireNonNull(root, "root");
    path = List.copyOf(path);
  }
}
