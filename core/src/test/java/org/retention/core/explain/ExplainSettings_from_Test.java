package org.retention.core.explain;

import org.retention.core.probe.DescribeMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retention.core.internal.text.Descriptions;

class ExplainSettings_from_Test {
  @Test
  void defaults_explain_delete_dumps_and_describe_by_to_string() {
    assertThat(ExplainSettings.from(key -> Optional.empty())).isEqualTo(ExplainSettings.DEFAULTS);
  }

  @Test
  void reads_every_key() {
    Map<String, String> parameters = Map.of("retention.explain", "false",
        "retention.heapDumps.keep", "TRUE", "retention.describe", "classNames",
        "retention.analysis", "ChildJvm");

    assertThat(ExplainSettings.from(key -> Optional.ofNullable(parameters.get(key))))
        .isEqualTo(new ExplainSettings(false, true, DescribeMode.CLASS_NAMES,
            ExplainSettings.Analysis.CHILD_JVM));
  }

  @Test
  void a_bad_value_is_named_with_its_key() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExplainSettings.from(key -> Optional.of("yes")))
        .withMessage("retention.explain must be true or false, but was 'yes'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExplainSettings.from(key -> key.equals(DescribeMode.KEY)
            ? Optional.of("all") : Optional.empty()))
        .withMessage("retention.describe must be toString or classNames, but was 'all'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExplainSettings.from(key -> key.equals(ExplainSettings.ANALYSIS)
            ? Optional.of("offHeap") : Optional.empty()))
        .withMessage("retention.analysis must be auto, inProcess or childJvm, but was 'offHeap'");
  }
}
