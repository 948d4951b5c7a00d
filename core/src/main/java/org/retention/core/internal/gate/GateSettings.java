package org.retention.core.internal.gate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the gate of a run is configured: the report's directory, the baseline of accepted leaks,
 * a baseline to write at exit, and whether tests fail on leaks. Plain values: reading the baseline
 * is the gate's work, not the settings'.
 *
 * <pre>{@code
 * GateSettings settings = GateSettings.from(key -> Optional.ofNullable(System.getProperty(key)));
 * }</pre>
 *
 * @param baselineFile the accepted leaks ({@value #BASELINE}); a file that does not
 *     exist yet accepts none
 * @param reportDirectory where the report goes ({@value #REPORT_DIR}); empty for none
 * @param baselineToWrite a baseline to write at exit ({@value #BASELINE_WRITE})
 * @param onlyRecords whether tests only record and the build's gate judges ({@value
 *     #GATE}{@code =build})
 */
public record GateSettings(Optional<Path> baselineFile, Optional<Path> reportDirectory,
    Optional<Path> baselineToWrite, boolean onlyRecords) {

  /** Configuration parameter: the report's directory, or {@code none}. */
  public static final String REPORT_DIR = "retention.report.dir";

  /** Configuration parameter: the baseline file of accepted leaks. */
  public static final String BASELINE = "retention.baseline";

  /** Configuration parameter: a baseline file to write at JVM exit. */
  public static final String BASELINE_WRITE = "retention.baseline.write";

  /** Configuration parameter: {@code test} (leaks fail tests) or {@code build} (tests record). */
  public static final String GATE = "retention.gate";

  /** The report directory when {@value #REPORT_DIR} is not set: Maven's build directory. */
  public static final String DEFAULT_REPORT_DIR = "target/retention";

  /** The keys that configure the gate, which is VM-wide: every check must agree on them. */
  public static final List<String> KEYS = List.of(REPORT_DIR,
      BASELINE, BASELINE_WRITE, GATE);

  /** No report, no baseline, no baseline to write; leaks fail their tests. */
  public static final GateSettings NONE =
      new GateSettings(Optional.empty(), Optional.empty(), Optional.empty(), false);

  /** Validates. */
  public GateSettings {
    Objects.requireNonNull(baselineFile, "baselineFile");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
    Objects.requireNonNull(baselineToWrite, "baselineToWrite");
  }

  /**
   * The settings {@code parameters} give (they answer a key with its value, if set).
   *
   * @throws IllegalArgumentException naming the key and the value that is invalid
   */
  public static GateSettings from(Function<String, Optional<String>> parameters) {
    String directory = value(parameters, REPORT_DIR).orElse(DEFAULT_REPORT_DIR);
    return new GateSettings(
        value(parameters, BASELINE).map(file -> path(BASELINE, file)),
        directory.equals("none") ? Optional.empty()
            : Optional.of(path(REPORT_DIR, directory)),
        value(parameters, BASELINE_WRITE)
            .map(file -> path(BASELINE_WRITE, file)),
        value(parameters, GATE).map(GateSettings::onlyRecords).orElse(false));
  }

  /**
   * Refuses what {@link #from} would refuse.
   *
   * @throws IllegalArgumentException naming the key and the value that is invalid
   */
  public static void validate(Function<String, Optional<String>> parameters) {
    from(parameters);
  }

  /** The gate's keys and the values {@code parameters} give them, trimmed; unset keys left out. */
  public static Map<String, String> values(Function<String, Optional<String>> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    KEYS.forEach(key -> value(parameters, key).ifPresent(value -> values.put(key, value)));
    return values;
  }

  private static boolean onlyRecords(String mode) {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "test" -> false;
      case "build" -> true;
      default -> throw new IllegalArgumentException(GATE + "='" + mode
          + "': expected test (a leak fails its test) or build (tests record, the build's gate"
          + " judges)");
    };
  }

  private static Path path(String key, String value) {
    try {
      return Path.of(value);
    } catch (RuntimeException invalid) {
      throw new IllegalArgumentException(key + "='" + value + "': not a file path: "
          + invalid.getMessage(), invalid);
    }
  }

  private static Optional<String> value(Function<String, Optional<String>> parameters,
      String key) {
    return parameters.apply(key).map(String::strip).filter(value -> !value.isEmpty());
  }
}
