package org.retention.core.explain;

import org.retention.core.probe.DescribeMode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.retention.core.internal.text.Descriptions;

/**
 * How a retention failure is explained. Front ends fill it from their configuration: the AssertJ
 * assertions from system properties, the JUnit extension from its configuration parameters.
 *
 * <pre>{@code
 * ExplainSettings settings = ExplainSettings.from(key -> context.getConfigurationParameter(key));
 * }</pre>
 *
 * @param explain whether to dump the heap and show retention paths ({@value #EXPLAIN}, default
 *     true); without it a failure lists the retained objects at once
 * @param keepHeapDumps whether to keep the heap dump of a failure and print its path ({@value
 *     #KEEP_HEAP_DUMPS}, default false); it holds every secret the VM held
 * @param describe how objects are described ({@value DescribeMode#KEY}, default {@code
 *     toString})
 */
public record ExplainSettings(boolean explain, boolean keepHeapDumps, DescribeMode describe) {
  /** Configuration parameter: {@code false} turns explanations (and heap dumps) off. */
  public static final String EXPLAIN = "retention.explain";

  /** Configuration parameter: {@code true} keeps each failure's heap dump and prints its path. */
  public static final String KEEP_HEAP_DUMPS = "retention.heapDumps.keep";

  /** Explain, delete dumps, describe objects by {@code toString()}. */
  public static final ExplainSettings DEFAULTS =
      new ExplainSettings(true, false, DescribeMode.TO_STRING);

  /** Validates. */
  public ExplainSettings {
    Objects.requireNonNull(describe, "describe");
  }

  /**
   * Reads the settings through {@code parameters}, which answers a key with its value, if set.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static ExplainSettings from(Function<String, Optional<String>> parameters) {
    return new ExplainSettings(
        flag(parameters, EXPLAIN, DEFAULTS.explain),
        flag(parameters, KEEP_HEAP_DUMPS, DEFAULTS.keepHeapDumps),
        parameters.apply(DescribeMode.KEY).map(DescribeMode::fromKey)
            .orElse(DEFAULTS.describe));
  }

  /** Reads the settings from system properties ({@code -Dretention.explain=false}). */
  public static ExplainSettings fromSystemProperties() {
    return from(key -> Optional.ofNullable(System.getProperty(key)));
  }

  private static boolean flag(
      Function<String, Optional<String>> parameters, String key, boolean defaultValue) {
    return parameters.apply(key).map(String::trim).map(value -> {
      if (value.equalsIgnoreCase("true")) {
        return true;
      }
      if (value.equalsIgnoreCase("false")) {
        return false;
      }
      throw new IllegalArgumentException(
          key + " must be true or false, but was '" + value + "'");
    }).orElse(defaultValue);
  }
}
