package org.retention.core.explain;

import org.retention.core.probe.DescribeMode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
 * @param analysis where the heap dump is analysed ({@value #ANALYSIS}, default {@code auto})
 */
public record ExplainSettings(
    boolean explain, boolean keepHeapDumps, DescribeMode describe, Analysis analysis) {
  /** Configuration parameter: {@code false} turns explanations (and heap dumps) off. */
  public static final String EXPLAIN = "retention.explain";

  /** Configuration parameter: {@code true} keeps each failure's heap dump and prints its path. */
  public static final String KEEP_HEAP_DUMPS = "retention.heapDumps.keep";

  /**
   * Configuration parameter: where the heap dump is analysed, {@code auto} (default), {@code
   * inProcess} or {@code childJvm}.
   */
  public static final String ANALYSIS = "retention.analysis";

  /** Explain, delete dumps, describe objects by {@code toString()}, analyse where it fits. */
  public static final ExplainSettings DEFAULTS =
      new ExplainSettings(true, false, DescribeMode.TO_STRING, Analysis.AUTO);

  /** Validates. */
  public ExplainSettings {
    Objects.requireNonNull(describe, "describe");
    Objects.requireNonNull(analysis, "analysis");
  }

  /** The settings with the analysis placed {@link Analysis#AUTO automatically}. */
  public ExplainSettings(boolean explain, boolean keepHeapDumps, DescribeMode describe) {
    this(explain, keepHeapDumps, describe, Analysis.AUTO);
  }

  /**
   * Where a heap dump is analysed. The analysis needs heap in proportion to the dump (about 1 byte
   * per byte of dump, measured in BENCHMARKS.md), and must never run the tests out of memory.
   *
   * <pre>{@code
   * // junit-platform.properties, or -Dretention.analysis=childJvm
   * retention.analysis=childJvm
   * }</pre>
   */
  public enum Analysis {
    /** In the test VM when its free heap has room, otherwise in a child VM. */
    AUTO("auto"),
    /**
     * Always in the test VM; a dump that does not fit its free heap goes unexplained, with the
     * reason.
     */
    IN_PROCESS("inProcess"),
    /**
     * Always in a child VM of the same Java, with a heap sized from the dump: the test VM's heap is
     * untouched, for the cost of starting a VM (about half a second).
     */
    CHILD_JVM("childJvm");

    private final String key;

    Analysis(String key) {
      this.key = key;
    }

    /**
     * The analysis place an {@link #ANALYSIS} value names, case-insensitively.
     *
     * @throws IllegalArgumentException naming the key and the value when it names none
     */
    public static Analysis fromKey(String value) {
      for (Analysis analysis : values()) {
        if (analysis.key.equalsIgnoreCase(value.trim())) {
          return analysis;
        }
      }
      throw new IllegalArgumentException(
          ANALYSIS + " must be auto, inProcess or childJvm, but was '" + value + "'");
    }
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
            .orElse(DEFAULTS.describe),
        parameters.apply(ANALYSIS).map(Analysis::fromKey).orElse(DEFAULTS.analysis));
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
