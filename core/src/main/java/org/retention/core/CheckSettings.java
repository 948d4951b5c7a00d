package org.retention.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.internal.check.Timeouts;
import org.retention.core.internal.gate.GateSettings;
import org.retention.core.internal.gate.JvmParameters;
import org.retention.core.probe.RetentionProbe;

/**
 * How a check of any kind runs: how long it may try to make the VM collect, how a failure is
 * explained, and the configuration parameters its report and baseline are read from. Front ends
 * fill it from their own configuration: the AssertJ assertions from system properties, the JUnit
 * extension from its configuration parameters.
 *
 * <pre>{@code
 * CheckSettings settings = CheckSettings.from(key -> context.getConfigurationParameter(key));
 * CheckSettings quick = CheckSettings.fromSystemProperties().withTimeout(Duration.ofSeconds(2));
 * }</pre>
 *
 * <p><b>Where a value comes from.</b> A system property wins; then {@code
 * junit-platform.properties} at the root of the class path, the file JUnit reads, so that AssertJ
 * assertions and the JUnit extension agree in a JUnit run; then the default. A test engine may
 * pass configuration parameters of its own (surefire's {@code configurationParameters}): the JUnit
 * extension reads those too.
 *
 * <p><b>The run's gate is configured once per JVM.</b> The report directory ({@value
 * #REPORT_DIR}), the baseline ({@value #BASELINE}), the baseline to write ({@value
 * #BASELINE_WRITE}) and the gate mode ({@value #GATE}) are VM-wide: the first check of a JVM that
 * records configures them. A later check whose parameters give one of them another value is
 * refused with an error that names the key and both values, never silently ignored.
 *
 * @param timeout how long one check may try to make the VM collect ({@value #TIMEOUT}, default
 *     {@link RetentionProbe#DEFAULT_TIMEOUT}); reached only when the VM will not collect, which is
 *     an inconclusive failure, never a leak
 * @param explain how a failure is explained
 * @param parameters answers a configuration key with its value, if set: the JVM's report and
 *     baseline are configured from it by the first check that records
 */
public record CheckSettings(
    Duration timeout, ExplainSettings explain, Function<String, Optional<String>> parameters) {

  /**
   * Configuration parameter: the longest time one check may try to make the VM collect, such as
   * {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 {@code PT10S}; at most {@link
   * #MAX_DURATION}.
   */
  public static final String TIMEOUT = "retention.timeout";

  /** Configuration parameter: the report's directory (default {@code target/retention}), or {@code none}. */
  public static final String REPORT_DIR = GateSettings.REPORT_DIR;

  /**
   * Configuration parameter: the baseline file of accepted leaks. A file that does not exist yet
   * accepts none.
   */
  public static final String BASELINE = GateSettings.BASELINE;

  /**
   * Configuration parameter: a file to write, at JVM exit, with every leak fingerprint seen in
   * this run: a new baseline, each entry's reason to fill in.
   */
  public static final String BASELINE_WRITE = GateSettings.BASELINE_WRITE;

  /**
   * Configuration parameter: where leaks fail. {@code test} (the default): a leak that the
   * baseline does not accept fails its test. {@code build}: tests record every check and do not
   * fail on leaks; the build's gate ({@code retention:check}, or {@code retention-cli check})
   * judges the whole build's report. Misuse (nothing to prove, a removal that throws) fails its
   * test in both modes, for it is never recorded.
   */
  public static final String GATE = GateSettings.GATE;

  /** The longest duration a setting accepts: one day. */
  public static final Duration MAX_DURATION = Timeouts.MAX;

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  /** Validates. */
  public CheckSettings {
    Timeouts.requirePositive(timeout);
    Objects.requireNonNull(explain, "explain");
    Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * Reads and validates every setting through {@code parameters}; opens no file.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static CheckSettings from(Function<String, Optional<String>> parameters) {
    Duration timeout = parameters.apply(TIMEOUT).map(value -> duration(TIMEOUT, value))
        .orElse(RetentionProbe.DEFAULT_TIMEOUT);
    ExplainSettings explain = ExplainSettings.from(parameters);
    GateSettings.validate(parameters);
    return new CheckSettings(timeout, explain, parameters);
  }

  /**
   * Reads every setting from system properties ({@code -Dretention.timeout=5s}), then from {@code
   * junit-platform.properties} at the root of the class path.
   */
  public static CheckSettings fromSystemProperties() {
    return from(JvmParameters::get);
  }

  /**
   * Returns {@code timeout} when a check may use it: positive and at most {@link #MAX_DURATION}.
   *
   * <pre>{@code
   * this.timeout = CheckSettings.requireTimeout(timeout);   // "timeout must be positive, but was PT0S"
   * }</pre>
   *
   * @throws IllegalArgumentException when it is not
   */
  public static Duration requireTimeout(Duration timeout) {
    return Timeouts.requirePositive(timeout);
  }

  /**
   * These settings with another timeout.
   *
   * @throws IllegalArgumentException when {@code timeout} is not positive
   */
  public CheckSettings withTimeout(Duration timeout) {
    return new CheckSettings(timeout, explain, parameters);
  }

  /**
   * A duration setting's value: {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 {@code PT10S},
   * positive and at most {@link #MAX_DURATION}.
   *
   * @param key the setting, named in the error
   * @throws IllegalArgumentException naming {@code key} and the value when it is no such duration
   */
  public static Duration duration(String key, String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Duration duration = null;
    Matcher shortForm = SHORT_DURATION.matcher(text);
    try {
      if (shortForm.matches()) {
        long amount = Long.parseLong(shortForm.group(1));
        duration = switch (shortForm.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          default -> Duration.ofMinutes(amount);
        };
      } else {
        duration = Duration.parse(text);
      }
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException notADuration) {
      // reported below
    }
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(key + "='" + value
          + "': expected a positive duration such as 500ms, 10s, 2m or PT10S");
    }
    if (duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(key + "='" + value + "': expected at most "
          + MAX_DURATION.toHours() + " hours");
    }
    return duration;
  }
}
