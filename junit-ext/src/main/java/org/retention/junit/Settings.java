package org.retention.junit;

import static org.retention.junit.RetentionExtension.ENABLED_PROPERTY_NAME;

import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.retention.core.CheckSettings;

/**
 * The extension's configuration parameters, read for each test: the switch, and core's {@link
 * CheckSettings} read through JUnit's configuration parameters. A bad value becomes an {@link
 * ExtensionConfigurationException} that names the key and the value.
 *
 * @param enabled whether checks run at all
 * @param check how each check runs
 */
record Settings(boolean enabled, CheckSettings check) {

  static Settings of(ExtensionContext context) {
    try {
      return new Settings(enabled(context), CheckSettings.from(context::getConfigurationParameter));
    } catch (IllegalArgumentException invalid) {
      throw new ExtensionConfigurationException(
          "Invalid configuration parameter " + invalid.getMessage() + ".", invalid);
    }
  }

  private static boolean enabled(ExtensionContext context) {
    return context.getConfigurationParameter(ENABLED_PROPERTY_NAME)
        .map(value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
          case "true" -> true;
          case "false" -> false;
          default -> throw new IllegalArgumentException(
              ENABLED_PROPERTY_NAME + "='" + value + "': expected true or false");
        })
        .orElse(true);
  }
}
