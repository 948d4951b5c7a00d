package org.retention.core.internal.gate;

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

  private SharedLeakGate() {}

  /**
   * The gate of this JVM, created on first use from the {@link GateSettings} that {@code
   * parameters} give (later callers' parameters are not read), and finished at JVM exit.
   *
   * @throws IllegalArgumentException naming the key when the baseline cannot be read or is
   *     malformed
   */
  public static LeakGate get(Function<String, Optional<String>> parameters) {
    LeakGate gate = shared;
    if (gate == null) {
      synchronized (SharedLeakGate.class) {
        gate = shared;
        if (gate == null) {
          gate = new LeakGate(GateSettings.from(parameters));
          Runtime.getRuntime().addShutdownHook(
              new Thread(gate::finish, "retention-report-finisher"));
          shared = gate;
        }
      }
    }
    return gate;
  }
}
