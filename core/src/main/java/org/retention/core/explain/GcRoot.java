package org.retention.core.explain;

import java.util.Objects;

/**
 * Where a retention path starts.
 *
 * <pre>{@code
 * if (path.root().kind() == RootKind.STATIC_FIELD) {
 *   System.out.println("held by " + path.root().description());
 * }
 * }</pre>
 *
 * @param kind the kind of root
 * @param description how a message names it, for example {@code static field
 *     org.example.AuditLog.RECENT} or {@code local variable in org.example.CacheTest.leaks
 *     (CacheTest.java:42), on the stack of thread "main"}
 * @param signature the parts of the root that are the same in every run (no thread names, no line
 *     numbers), for the {@link RetentionPath#fingerprint() fingerprint}
 */
public record GcRoot(RootKind kind, String description, String signature) {
  /** Validates. */
  public GcRoot {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(signature, "signature");
  }
}
