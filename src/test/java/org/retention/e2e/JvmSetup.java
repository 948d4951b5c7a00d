package org.retention.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A JDK and a collector to start a child JVM with: one cell of the collector matrix.
 *
 * @param jdk the JDK's short name, "17" or "25"
 * @param javaHome where that JDK is installed
 * @param collector the collector's usual name, as {@code Collector.displayName()} spells it
 * @param explicitGcDisabled whether the child runs with {@code -XX:+DisableExplicitGC}
 */
record JvmSetup(String jdk, Path javaHome, String collector, boolean explicitGcDisabled) {
  /** The system property (set by e2e/pom.xml) naming the Java 17 home. */
  static final String JDK17_HOME = "retention.jdk17.home";
  /** The system property (set by e2e/pom.xml) naming the Java 25 home. */
  static final String JDK25_HOME = "retention.jdk25.home";

  private static final List<String> COLLECTORS =
      List.of("Serial", "Parallel", "G1", "ZGC", "Shenandoah", "Epsilon");
  /**
   * The collectors whose flag-free triggers differ under {@code -XX:+DisableExplicitGC}: Serial
   * and Parallel take the same DiagnosticCommand path as G1, so G1 stands for them.
   */
  private static final List<String> WITH_EXPLICIT_GC_DISABLED = List.of("G1", "ZGC", "Shenandoah");

  /** Every cell: both JDKs, each collector, and the DisableExplicitGC variants. */
  static List<JvmSetup> matrix() {
    List<JvmSetup> setups = new ArrayList<>();
    for (String jdk : List.of("17", "25")) {
      for (String collector : COLLECTORS) {
        setups.add(new JvmSetup(jdk, home(jdk), collector, false));
        if (WITH_EXPLICIT_GC_DISABLED.contains(collector)) {
          setups.add(new JvmSetup(jdk, home(jdk), collector, true));
        }
      }
    }
    return setups;
  }

  /** The cells that collect garbage: all but Epsilon. */
  static Stream<JvmSetup> collecting() {
    return matrix().stream().filter(JvmSetup::collects);
  }

  private static Path home(String jdk) {
    return switch (jdk) {
      case "17" -> Path.of(System.getProperty(JDK17_HOME, "/usr/lib/jvm/java-17-openjdk-amd64"));
      case "25" -> Path.of(System.getProperty(JDK25_HOME, "/usr/lib/jvm/temurin-25-jdk-amd64"));
      default -> throw new IllegalArgumentException("unknown JDK " + jdk);
    };
  }

  /** The java launcher of this JDK. */
  Path java() {
    return javaHome.resolve("bin").resolve("java");
  }

  /** Whether this JDK is installed here. */
  boolean available() {
    return Files.isExecutable(java());
  }

  /** Whether the collector ever collects (Epsilon never does). */
  boolean collects() {
    return !collector.equals("Epsilon");
  }

  /** Whether the collector keeps a young generation that it collects on its own. */
  boolean stopTheWorldGenerational() {
    return List.of("Serial", "Parallel", "G1").contains(collector);
  }

  /** The JVM options that select this collector, and the flag when set. */
  List<String> flags() {
    List<String> flags = new ArrayList<>();
    switch (collector) {
      case "Serial" -> flags.add("-XX:+UseSerialGC");
      case "Parallel" -> flags.add("-XX:+UseParallelGC");
      case "G1" -> flags.add("-XX:+UseG1GC");
      case "ZGC" -> flags.add("-XX:+UseZGC");
      case "Shenandoah" -> flags.add("-XX:+UseShenandoahGC");
      case "Epsilon" -> flags.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC"));
      default -> throw new IllegalStateException("unknown collector " + collector);
    }
    if (explicitGcDisabled) {
      flags.add("-XX:+DisableExplicitGC");
    }
    return flags;
  }

  /** "JDK 17, G1 -XX:+DisableExplicitGC": the display name of the cell's test. */
  @Override
  public String toString() {
    return "JDK " + jdk + ", " + collector + (explicitGcDisabled ? " -XX:+DisableExplicitGC" : "");
  }
}
