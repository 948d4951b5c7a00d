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
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.probe.RetentionProbe;

/**
 * How a {@link RetentionCheck} runs: how long it may try to make the VM collect, how a failure is
 * explained, and the configuration parameters its report and baseline are read from. Front ends
 * fill it from their own configuration: the AssertJ assertions from system properties, the JUnit
 * extension from its configuration parameters.
 *
 * <pre>{@code
 * CheckSettings settings = CheckSettings.from(key -> context.getConfigurationParameter(key));
 * CheckSettings quick = CheckSettings.fromSystemProperties().withTimeout(Duration.ofSeconds(2));
 * }</pre>
 *
 * @param timeout how long one check may try to make the VM collect ({@value #TIMEOUT}, default
 *     {@link RetentionProbe#DEFAULT_TIMEOUT}); reached only when the VM will not collect, which is
 *     an inconclusive failure, never a leak
 * @param explain how a failure is explained
 * @param parameters answers a configuration key with its value, if set: the JVM's report and
 *     baseline are configured from it by the first check that runs
 */
public record CheckSettings(
    Duration timeout, ExplainSettings explain, Function<String, Optional<String>> parameters) {

  /**
   * Configuration parameter: the longest time one check may try to make the VM collect, such as
   * {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 {@code PT10S}.
   */
  public static final String TIMEOUT = "retention.timeout";

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  /** Validates. */
  public CheckSettings {
    Timeouts.requirePositive(timeout);
    Objects.requireNonNull(explain, "explain");
    Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * Reads every setting through {@code parameters}. The first settings read in a JVM also open
   * its report and read its baseline ({@code retention.report.dir}, {@code retention.baseline},
   * {@code retention.baseline.write}), so that a bad baseline is refused before any check runs.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static CheckSettings from(Function<String, Optional<String>> parameters) {
    Duration timeout = parameters.apply(TIMEOUT).map(CheckSettings::parseTimeout)
        .orElse(RetentionProbe.DEFAULT_TIMEOUT);
    ExplainSettings explain = ExplainSettings.from(parameters);
    SharedLeakGate.get(parameters);
    return new CheckSettings(timeout, explain, parameters);
  }

  /** Reads every setting from system properties ({@code -Dretention.timeout=5s}). */
  public static CheckSettings fromSystemProperties() {
    return from(key -> Optional.ofNullable(System.getProperty(key)));
  }

  /**
   * These settings with another timeout.
   *
   * @throws IllegalArgumentException when {@code timeout} is not positive
   */
  public CheckSettings withTimeout(Duration timeout) {
    return new CheckSettings(timeout, explain, parameters);
  }

  private static Duration parseTimeout(String value) {
    return parseDuration(TIMEOUT, value);
  }

  /**
   * A positive duration written {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 {@code PT10S}.
   *
   * @throws IllegalArgumentException naming {@code key} and the bad value
   */
  static Duration parseDuration(String key, String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Duration timeout = null;
    Matcher shortForm = SHORT_DURATION.matcher(text);
    try {
      if (shortForm.matches()) {
        long amount = Long.parseLong(shortForm.group(1));
        timeout = switch (shortForm.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          default -> Duration.ofMinutes(amount);
        };
      } else {
        timeout = Duration.parse(text);
      }
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException notADuration) {
      // reported below
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(key + "='" + value
          + "': expected a positive duration such as 500ms, 10s, 2m or PT10S");
    }
    return timeout;
  }
}
