package org.retention.core.internal.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.retention.core.report.LeakBaseline;

/**
 * How the gate of a run is configured: the report's directory, the baseline of accepted leaks,
 * and a baseline to write at exit.
 *
 * <pre>{@code
 * GateSettings settings = GateSettings.from(key -> Optional.ofNullable(System.getProperty(key)));
 * }</pre>
 *
 * @param baseline the accepted leaks ({@value #BASELINE}), read when configured
 * @param reportDirectory where the report goes ({@value #REPORT_DIR}); empty for none
 * @param baselineToWrite a baseline to write at exit ({@value #BASELINE_WRITE})
 */
public record GateSettings(
    Optional<LeakBaseline> baseline, Optional<Path> reportDirectory,
    Optional<Path> baselineToWrite) {
  /** Configuration parameter: the report's directory, or {@code none}. */
  public static final String REPORT_DIR = "retention.report.dir";

  /** The report directory when {@value #REPORT_DIR} is not set: Maven's build directory. */
  public static final String DEFAULT_REPORT_DIR = "target/retention";

  /** Configuration parameter: the baseline file of accepted leaks. */
  public static final String BASELINE = "retention.baseline";

  /**
   * Configuration parameter: a file to write, at JVM exit, with every leak fingerprint seen in
   * this run: a new baseline, each entry's reason to fill in.
   */
  public static final String BASELINE_WRITE = "retention.baseline.write";

  /** No report, no baseline, no baseline to write. */
  public static final GateSettings NONE =
      new GateSettings(Optional.empty(), Optional.empty(), Optional.empty());

  /** Validates. */
  public GateSettings {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
    Objects.requireNonNull(baselineToWrite, "baselineToWrite");
  }

  /**
   * The settings {@code parameters} give (they answer a key with its value, if set).
   *
   * @throws IllegalArgumentException naming the key when the baseline cannot be read or is
   *     malformed
   */
  public static GateSettings from(Function<String, Optional<String>> parameters) {
    Optional<LeakBaseline> baseline = value(parameters, BASELINE).map(file -> {
      try {
        return LeakBaseline.read(Path.of(file));
      } catch (IOException e) {
        throw new IllegalArgumentException(
            BASELINE + "='" + file + "': the baseline cannot be read: " + e, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(BASELINE + "='" + file + "': " + e.getMessage(), e);
      }
    });
    String directory = parameters.apply(REPORT_DIR).map(String::strip).orElse(DEFAULT_REPORT_DIR);
    return new GateSettings(baseline,
        directory.isEmpty() || directory.equals("none") ? Optional.empty()
            : Optional.of(Path.of(directory)),
        value(parameters, BASELINE_WRITE).map(Path::of));
  }

  private static Optional<String> value(Function<String, Optional<String>> parameters,
      String key) {
    return parameters.apply(key).map(String::strip).filter(value -> !value.isEmpty());
  }
}
