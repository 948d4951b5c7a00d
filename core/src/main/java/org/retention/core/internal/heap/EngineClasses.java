package org.retention.core.internal.heap;

import java.util.List;

/**
 * The classes whose instances a search for piled-up objects never reports, and never walks
 * through to a reported place: the test engines' own per-test records, Retention's own objects,
 * and the JVM's class-loading and method-handle bookkeeping (the locks, classes and lambda forms
 * that loading a class adds, which Retention's own first use also causes). Front ends are not
 * named here: their frames are found by {@code @HoldsCheckedObjects}, like every other check's.
 *
 * <pre>{@code
 * boolean engine = EngineClasses.PREFIXES.stream().anyMatch(className::startsWith);
 * }</pre>
 */
public final class EngineClasses {
  /** The class name prefixes. */
  public static final List<String> PREFIXES = List.of(
      "org.junit.", "junit.", "org.opentest4j.", "org.apiguardian.",
      "org.apache.maven.surefire.", "org.gradle.", "worker.org.gradle.", "com.intellij.rt.",
      "org.eclipse.jdt.internal.junit", "org.testng.", "org.assertj.core.",
      "org.retention.core.internal.", "org.retention.core.growth.HeapGrowthCheck",
      "org.retention.core.growth.GrowthVerdict", "org.retention.core.growth.GrowthGroup",
      "org.retention.core.growth.GrowingClass",
      "java.lang.Class", "java.lang.invoke.", "jdk.internal.loader.", "jdk.internal.reflect.");

  private EngineClasses() {}
}
