package org.retention.e2e;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A child JVM that meets Retention with hostile inputs, one scenario per run (the first argument),
 * and prints what a user would see: {@code RESULT <scenario> <outcome>} lines, plus the failure
 * message between {@code MESSAGE} markers.
 */
public final class HostileChild {
  /** What the code under test leaks: strongly reachable from a static field. */
  static final List<Object> LEAKED = new ArrayList<>();
  /** Live data that makes the heap small for its size (the out-of-memory scenario). */
  static final List<byte[]> BALLAST = new ArrayList<>();

  private HostileChild() {}

  public static void main(String[] args) throws Exception {
    String scenario = args[0];
    switch (scenario) {
      case "plain" -> leakValue(() -> "interrupted-session");
      case "toString-null" -> leakValue(() -> null);
      case "toString-error" -> leakValue(() -> {
        throw new AssertionError("toString is not for you");
      });
      case "toString-slow" -> leakValues(6, () -> {
        sleep(400);
        return "slow";
      });
      case "text-emoji" -> {
        leakValue(() -> "x".repeat(58) + "\uD83D\uDE00tail");
        leakValue(() -> "the check after it");
      }
      case "text-lone-surrogate" -> leakDescribed("x\uD800");
      case "interrupted" -> {
        Thread.currentThread().interrupt();
        leakValue(() -> "interrupted-session");
        System.out.println(ChildRun.RESULT + "flag " + Thread.currentThread().isInterrupted());
      }
      case "small-heap" -> {
        for (int i = 0; i < 11; i++) {
          BALLAST.add(new byte[1 << 20]);
        }
        leakValue(() -> "small-heap-session");
      }
      case "exit-during-analysis" -> exitDuringAnalysis();
      case "exit-during-child-analysis" -> exitDuringChildAnalysis();
      default -> throw new IllegalArgumentException("unknown scenario " + scenario);
    }
  }

  /** Checks a map of one value that {@link #LEAKED} also holds. */
  private static void leakValue(Supplier<String> text) {
    check(leakedMap(1, text), "");
  }

  private static void leakDescribed(String description) {
    check(leakedMap(1, () -> "described-session"), description);
    leakValue(() -> "the check after it");
  }

  private static void leakValues(int count, Supplier<String> text) {
    check(leakedMap(count, text), "");
  }

  /**
   * A map of {@code count} values that {@link #LEAKED} also holds. Built in its own frame, so that
   * no local variable of the caller holds a value while it is checked.
   */
  private static Map<String, Object> leakedMap(int count, Supplier<String> text) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      ToString value = new ToString(text);
      map.put("key-" + i, value);
      LEAKED.add(value);
    }
    return map;
  }

  private static void check(Map<String, Object> map, String description) {
    try {
      assertThat(map).as(description).releasesValuesAfterClear();
      System.out.println(ChildRun.RESULT + "check passed");
    } catch (AssertionError failure) {
      System.out.println(ChildRun.RESULT + "check failed");
      System.out.println("MESSAGE");
      System.out.println(failure.getMessage());
      System.out.println("END MESSAGE");
    }
  }

  /** Exits while a check's heap dump is being analysed: the dump must not stay behind. */
  private static void exitDuringAnalysis() throws Exception {
    Thread check = new Thread(() -> leakValues(1, () -> "exiting"), "check");
    check.setDaemon(true);
    check.start();
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    String prefix = "retention-heap-" + ProcessHandle.current().pid() + "-";
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Stream<Path> entries = Files.find(temp, 2, (path, attributes) ->
          path.toString().contains(prefix) && path.toString().endsWith(".hprof"))) {
        if (entries.findAny().isPresent()) {
          System.out.println(ChildRun.RESULT + "dump seen");
          System.exit(0);
        }
      }
      sleep(1);
    }
    System.out.println(ChildRun.RESULT + "dump never seen");
  }

  /**
   * Exits while a child VM analyses a check's heap dump (run with {@code
   * -Dretention.analysis=childJvm}): the child must not outlive this VM.
   */
  private static void exitDuringChildAnalysis() {
    Thread check = new Thread(() -> leakValues(1, () -> "exiting"), "check");
    check.setDaemon(true);
    check.start();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> analysis = ProcessHandle.current().children()
          .filter(child -> child.info().commandLine().orElse("").contains("ChildJvmAnalysis"))
          .findAny();
      if (analysis.isPresent()) {
        System.out.println(ChildRun.RESULT + "analysis " + analysis.get().pid());
        System.exit(0);
      }
      sleep(1);
    }
    System.out.println(ChildRun.RESULT + "analysis never-seen");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A value whose {@code toString()} is the scenario's. */
  static final class ToString {
    private final Supplier<String> text;

    ToString(Supplier<String> text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text.get();
    }
  }
}
