package org.retention.junit;

import static org.retention.junit.RetentionExtension.ENABLED_PROPERTY_NAME;

import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.retention.core.CheckSettings;

/**
 * The extension's configuration parameters, read once per test run (JUnit's configuration is the
 * same for every test of a run) and kept in the root context's store: the switch, and core's
 * {@link CheckSettings} read through JUnit's configuration parameters. A bad value becomes an
 * {@link ExtensionConfigurationException} that names the key and the value, for every test that
 * would have been checked.
 *
 * @param enabled whether checks run at all
 * @param check how each check runs
 */
record Settings(boolean enabled, CheckSettings check) {
  private static final Namespace NAMESPACE = Namespace.create(Settings.class);

  /** The run's settings, read on first use. */
  static Settings of(ExtensionContext context) {
    Object settings = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Settings.class, key -> read(context));
    if (settings instanceof ExtensionConfigurationException invalid) {
      throw invalid;
    }
    return (Settings) settings;
  }

  /** The settings, or the error that refuses them, which every later test gets too. */
  private static Object read(ExtensionContext context) {
    try {
      return new Settings(enabled(context), CheckSettings.from(context::getConfigurationParameter));
    } catch (IllegalArgumentException invalid) {
      return refused(invalid);
    }
  }

  /** A configuration error naming the key and value that {@code invalid} names. */
  static ExtensionConfigurationException refused(IllegalArgumentException invalid) {
    return new ExtensionConfigurationException(
        "Invalid configuration parameter " + invalid.getMessage() + ".", invalid);
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
