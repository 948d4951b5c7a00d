package org.retention.core.internal.gate;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one gate of this JVM: GC, the report file and the baseline are all VM-wide, so every check
 * of the run, from any front end and any thread, goes through the same gate.
 *
 * <pre>{@code
 * LeakGate gate = SharedLeakGate.get(key -> Optional.ofNullable(System.getProperty(key)));
 * }</pre>
 */
public final class SharedLeakGate {
  private static volatile LeakGate shared;
  /** The gate's keys as the first check gave them, to refuse a later check that differs. */
  private static volatile Map<String, String> configuredWith;

  private SharedLeakGate() {}

  /**
   * The gate of this JVM, created on first use from the {@link GateSettings} that {@code
   * parameters} give, and finished at JVM exit.
   *
   * @throws IllegalArgumentException naming the key when the baseline cannot be read or is
   *     malformed, or when {@code parameters} give one of the gate's keys ({@link
   *     GateSettings#KEYS}) another value than the first check's did: the gate is VM-wide, so a
   *     value that differs would be silently ignored otherwise
   */
  public static LeakGate get(Function<String, Optional<String>> parameters) {
    LeakGate gate = shared;
    if (gate == null) {
      synchronized (SharedLeakGate.class) {
        gate = shared;
        if (gate == null) {
          Map<String, String> values = GateSettings.values(parameters);
          gate = new LeakGate(GateSettings.from(parameters));
          Runtime.getRuntime().addShutdownHook(
              new Thread(gate::finish, "retention-report-finisher"));
          configuredWith = values;
          shared = gate;
          return gate;
        }
      }
    }
    requireSame(GateSettings.values(parameters));
    return gate;
  }

  /** The gate of this JVM if a check (or a counted context) created it; never creates one. */
  public static Optional<LeakGate> existing() {
    return Optional.ofNullable(shared);
  }

  private static void requireSame(Map<String, String> values) {
    Map<String, String> first = configuredWith;
    for (String key : GateSettings.KEYS) {
      String mine = values.get(key);
      String theirs = first.get(key);
      if (!Objects.equals(mine, theirs)) {
        throw new IllegalArgumentException(key + "=" + quoted(mine) + ", but this JVM's report"
            + " and baseline were configured by its first check with " + key + "="
            + quoted(theirs) + ": they are VM-wide, so set " + key
            + " once, as a system property or in junit-platform.properties");
      }
    }
  }

  private static String quoted(String value) {
    return value == null ? "(not set)" : "'" + value + "'";
  }
}
