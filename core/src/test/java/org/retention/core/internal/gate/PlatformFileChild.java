package org.retention.core.internal.gate;

import java.util.List;
import java.util.Optional;
import org.retention.core.CheckSettings;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.ObjectDetails;

/**
 * A child JVM whose first check reads its settings as an AssertJ assertion does (system
 * properties, then {@code junit-platform.properties}), and records one released check.
 */
public final class PlatformFileChild {
  private PlatformFileChild() {}

  public static void main(String[] args) {
    CheckSettings settings = CheckSettings.fromSystemProperties();
    SharedLeakGate.get(settings.parameters()).record(new CheckRecord(CheckKind.OBJECT, "child",
        "first check", CheckVerdict.RELEASED, "G1", 1, Optional.empty(), Optional.empty(),
        List.of(), new ObjectDetails(1, 0, 1)));
    System.exit(0);
  }
}
