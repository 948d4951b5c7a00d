package org.retention.core.internal.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The configuration parameters a check reads outside a test engine: a system property, else the
 * value in {@code junit-platform.properties} at the root of the class path, the file JUnit reads
 * too, so that an assertion and the JUnit extension running in the same JVM agree. The file is
 * read once per JVM.
 *
 * <pre>{@code
 * Optional<String> baseline = JvmParameters.get("retention.baseline");
 * }</pre>
 */
public final class JvmParameters {
  /** The file JUnit Platform reads its configuration parameters from. */
  public static final String PLATFORM_FILE = "junit-platform.properties";

  private JvmParameters() {}

  /** The value of {@code key}, if set. */
  public static Optional<String> get(String key) {
    String property = System.getProperty(key);
    return property != null ? Optional.of(property)
        : Optional.ofNullable(PlatformFile.PROPERTIES.getProperty(key));
  }

  /** Read on first use, once. */
  private static final class PlatformFile {
    static final Properties PROPERTIES = read();

    private static Properties read() {
      Properties properties = new Properties();
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = ClassLoader.getSystemClassLoader();
      }
      try (InputStream in = loader.getResourceAsStream(PLATFORM_FILE)) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + PLATFORM_FILE + " from the class path", e);
      }
      return properties;
    }
  }
}
