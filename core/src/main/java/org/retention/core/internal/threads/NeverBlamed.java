package org.retention.core.internal.threads;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The threads no test is ever blamed for: the JVM's and the JDK's own, the common pool's workers,
 * the test engine's and the build tool's, and Retention's own. The list is in the README.
 */
final class NeverBlamed {
  /** The JVM's and the JDK's threads, by their exact names. */
  static final Set<String> JDK_NAMES = Set.of("Reference Handler", "Finalizer",
      "Signal Dispatcher", "Common-Cleaner", "Attach Listener", "Notification Thread",
      "Service Thread", "Monitor Deflation Thread", "DestroyJavaVM", "Keep-Alive-Timer",
      "Keep-Alive-SocketCleaner", "Java2D Disposer", "Sweeper thread", "Cleaner-0");

  /** Name prefixes: JFR's threads, the process reaper, compiler threads, engines, Retention. */
  static final List<String> PREFIXES = List.of("JFR ", "JFR: ", "process reaper",
      "C1 CompilerThread", "C2 CompilerThread", "surefire-", "junit-", "retention-");

  /** Classes of threads: the JDK's innocuous threads, JUnit's, surefire's and Gradle's. */
  private static final List<String> CLASS_PREFIXES = List.of("jdk.internal.misc.InnocuousThread",
      "org.junit.", "org.apache.maven.surefire.", "org.gradle.");

  private NeverBlamed() {}

  static boolean test(Thread thread) {
    String name = thread.getName();
    if (JDK_NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith)) {
      return true;
    }
    String type = thread.getClass().getName();
    if (CLASS_PREFIXES.stream().anyMatch(type::startsWith)) {
      return true;
    }
    return thread instanceof ForkJoinWorkerThread worker
        && worker.getPool() == ForkJoinPool.commonPool();
  }
}
