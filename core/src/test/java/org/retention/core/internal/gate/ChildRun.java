package org.retention.core.internal.gate;

import org.retention.core.report.ObjectDetails;
import org.retention.core.report.CheckKind;
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
      gate.record(new CheckRecord(CheckKind.OBJECT, "test", "check " + i, CheckVerdict.RELEASED,
          "G1", 1, Optional.empty(), Optional.empty(), List.of(), new ObjectDetails(1, 0, 1)));
    }
    if (args[1].equals("halt")) {
      Runtime.getRuntime().halt(3);
    }
    System.exit(0);
  }
}
