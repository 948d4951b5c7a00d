package org.retention.core.internal.gate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;

/**
 * A JVM run for {@link SharedLeakGate_get_Test}: records three checks through the shared gate
 * into the report directory {@code args[0]}, then exits ({@code args[1]} = {@code exit}) or dies
 * at once ({@code halt}, as a killed or crashed JVM, with no shutdown hook).
 */
public final class ChildRun {
  private ChildRun() {}

  public static void main(String[] args) {
    LeakGate gate = SharedLeakGate.get(key -> Optional.ofNullable(
        Map.of(GateSettings.REPORT_DIR, args[0]).get(key)));
    for (int i = 1; i <= 3; i++) {
      gate.record(new CheckRecord("test", "check " + i, CheckVerdict.RELEASED, 1, 0, 1, "G1", 1,
          null, null, List.of()));
    }
    if (args[1].equals("halt")) {
      Runtime.getRuntime().halt(3);
    }
    System.exit(0);
  }
}
