package org.retention.core.internal.count;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a live class histogram ({@code jcmd <pid> GC.class_histogram}), parsed into instance
 * counts per class name. Names are in the JVM's form, the same as {@link Class#getName()}: arrays
 * read {@code [B} or {@code [Ljava.lang.String;}. Classes of the same name from different loaders
 * have one line each; their counts are added up.
 *
 * @param instancesByName instances per class name, in the histogram's order
 */
record ClassHistogram(Map<String, Long> instancesByName) {
  /** {@code "   1:     12345     678901  java.lang.String (java.base@17.0.15)"}. */
  private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+(\\S+)");

  ClassHistogram {
    instancesByName = Collections.unmodifiableMap(new LinkedHashMap<>(instancesByName));
  }

  static ClassHistogram parse(String text) {
    Map<String, Long> instances = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        instances.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
      }
    }
    return new ClassHistogram(instances);
  }

  long instancesOf(String className) {
    return instancesByName.getOrDefault(className, 0L);
  }
}
