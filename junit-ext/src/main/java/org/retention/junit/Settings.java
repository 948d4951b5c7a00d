package org.retention.junit;

import org.retention.core.probe.DescribeMode;
import static org.retention.junit.RetentionExtension.ENABLED_PROPERTY_NAME;
import static org.retention.junit.RetentionExtension.TIMEOUT_PROPERTY_NAME;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.probe.RetentionProbe;

/**
 * The extension's configuration parameters, read for each test.
 *
 * @param enabled whether checks run at all
 * @param timeout how long one check may try to make the VM collect
 * @param explain how failures are explained ({@value ExplainSettings#EXPLAIN}, {@value
 *     ExplainSettings#KEEP_HEAP_DUMPS}, {@value org.retention.core.probe.DescribeMode#KEY})
 * @param gate the JVM's report and baseline ({@value LeakGate#REPORT_DIR}, {@value
 *     LeakGate#BASELINE}, {@value LeakGate#BASELINE_WRITE}), configured by the first test
 */
record Settings(boolean enabled, Duration timeout, ExplainSettings explain, LeakGate gate) {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  static Settings of(ExtensionContext context) {
    return new Settings(enabled(context), timeout(context), explain(context), gate(context));
  }

  private static LeakGate gate(ExtensionContext context) {
    try {
      return LeakGate.shared(context::getConfigurationParameter);
    } catch (IllegalArgumentException invalid) {
      throw new ExtensionConfigurationException(
          "Invalid configuration parameter " + invalid.getMessage(), invalid);
    }
  }

  private static ExplainSettings explain(ExtensionContext context) {
    try {
      return ExplainSettings.from(context::getConfigurationParameter);
    } catch (IllegalArgumentException invalid) {
      throw new ExtensionConfigurationException(
          "Invalid configuration parameter: " + invalid.getMessage() + ".", invalid);
    }
  }

  private static boolean enabled(ExtensionContext context) {
    return context.getConfigurationParameter(ENABLED_PROPERTY_NAME)
        .map(value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
          case "true" -> true;
          case "false" -> false;
          default -> throw invalid(ENABLED_PROPERTY_NAME, value, "expected true or false");
        })
        .orElse(true);
  }

  private static Duration timeout(ExtensionContext context) {
    return context.getConfigurationParameter(TIMEOUT_PROPERTY_NAME)
        .map(Settings::parseTimeout)
        .orElse(RetentionProbe.DEFAULT_TIMEOUT);
  }

  private static Duration parseTimeout(String value) {
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
      throw invalid(TIMEOUT_PROPERTY_NAME, value,
          "expected a positive duration such as 500ms, 10s, 2m or PT10S");
    }
    return timeout;
  }

  private static ExtensionConfigurationException invalid(String key, String value, String expected) {
    return new ExtensionConfigurationException(
        "Invalid configuration parameter " + key + "='" + value + "': " + expected + ".");
  }
}
