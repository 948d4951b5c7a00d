package org.retention.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Starts child JVMs that run a main class of these test sources, at most {@link #PARALLELISM} at
 * a time: GC timing is what the children measure, and the machine's cores are shared.
 */
final class ChildJvms {
  /** How many child JVMs may run at once (system property {@value #PARALLELISM_KEY}). */
  static final int PARALLELISM = Integer.getInteger(ChildJvms.PARALLELISM_KEY, 2);
  /** The system property that overrides {@link #PARALLELISM}. */
  static final String PARALLELISM_KEY = "retention.e2e.parallelism";

  private static final ExecutorService POOL = Executors.newFixedThreadPool(PARALLELISM, task -> {
    Thread thread = new Thread(task, "child-jvm");
    thread.setDaemon(true);
    return thread;
  });

  private ChildJvms() {}

  /**
   * Queues a child JVM with {@code setup}'s JDK and flags, a 256 MB heap and this JVM's class
   * path, running {@code main} with {@code args}; it is killed if it runs longer than
   * {@code timeout}.
   */
  static CompletableFuture<ChildRun> start(
      JvmSetup setup, Duration timeout, Class<?> main, String... args) {
    return start(setup, List.of(), timeout, main, args);
  }

  /** As {@link #start(JvmSetup, Duration, Class, String...)}, with more JVM options last. */
  static CompletableFuture<ChildRun> start(JvmSetup setup, List<String> options,
      Duration timeout, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(setup.java().toString());
    command.add("-Xmx256m");
    command.addAll(setup.flags());
    command.addAll(options);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return CompletableFuture.supplyAsync(() -> run(setup, command, timeout), POOL);
  }

  private static ChildRun run(JvmSetup setup, List<String> command, Duration timeout) {
    Path output = null;
    try {
      output = Files.createTempFile("retention-child-", ".out");
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      return new ChildRun(setup, finished ? process.exitValue() : -1, !finished,
          Files.readAllLines(output, StandardCharsets.UTF_8), elapsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + setup, e);
    } finally {
      deleteQuietly(output);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A leftover temp file holds only this child's console output.
      }
    }
  }
}
