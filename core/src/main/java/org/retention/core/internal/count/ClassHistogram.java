package org.retention.core.internal.count;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a live class histogram ({@code jcmd <pid> GC.class_histogram}), parsed into instance
 * counts and bytes per class name. Names are in the JVM's form, the same as {@link
 * Class#getName()}: arrays read {@code [B} or {@code [Ljava.lang.String;}. Classes of the same name
 * from different loaders have one line each; their counts are added up.
 *
 * <pre>{@code
 * ClassHistogram histogram = LiveInstances.histogram(Duration.ofSeconds(10));
 * long sessions = histogram.instancesOf("org.example.Session");
 * }</pre>
 *
 * @param instancesByName instances per class name, in the histogram's order
 * @param bytesByName the bytes those instances occupy, per class name
 */
public record ClassHistogram(Map<String, Long> instancesByName, Map<String, Long> bytesByName) {
  /** {@code "   1:     12345     678901  java.lang.String (java.base@17.0.15)"}. */
  private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

  /** Copies. */
  public ClassHistogram {
    instancesByName = Collections.unmodifiableMap(new LinkedHashMap<>(instancesByName));
    bytesByName = Collections.unmodifiableMap(new LinkedHashMap<>(bytesByName));
  }

  static ClassHistogram parse(String text) {
    Map<String, Long> instances = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
        bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
      }
    }
    return new ClassHistogram(instances, bytes);
  }

  /** The live instances of the class with this JVM name; 0 when it has none. */
  public long instancesOf(String className) {
    return instancesByName.getOrDefault(className, 0L);
  }

  /** The bytes the live instances of the class with this JVM name occupy. */
  public long bytesOf(String className) {
    return bytesByName.getOrDefault(className, 0L);
  }
}
