package org.retention.benchmarks.growth;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs {@link ParallelSuite} again and again in JUnit's concurrent mode, in one or more JVMs at
 * once (as surefire forks do), and counts wrong verdicts: a clean growth check that failed, or a
 * leaking one that passed or failed without a path. A verdict that a parallel neighbour could
 * sway is proven by counts, not by one green run.
 *
 * <pre>
 * java -Xmx1g -cp ... org.retention.benchmarks.growth.ParallelSuiteStress 100 2
 * </pre>
 */
public final class ParallelSuiteStress {
  private static final String CHILD = "--child";
  private static final Map<String, String> CONCURRENT = Map.of(
      "junit.jupiter.execution.parallel.enabled", "true",
      "junit.jupiter.execution.parallel.mode.default", "concurrent",
      "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
      "junit.jupiter.execution.parallel.config.strategy", "fixed",
      "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

  private ParallelSuiteStress() {}

  /** {@code args[0]}: rounds per JVM (default 10); {@code args[1]}: JVMs at once (default 2). */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int forks = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    if (List.of(args).contains(CHILD)) {
      Tally tally = runRounds(rounds);
      System.out.println(tally.line());
      System.exit(0);
    }
    long start = System.nanoTime();
    List<Process> children = new ArrayList<>();
    for (int fork = 0; fork < forks; fork++) {
      children.add(new ProcessBuilder(javaCommand(rounds)).redirectErrorStream(true).start());
    }
    Tally total = new Tally();
    for (int fork = 0; fork < forks; fork++) {
      total.add(readChild(fork, children.get(fork)));
    }
    System.out.printf("Java %s, %d JVMs at once, %d rounds each, %d s%n", Runtime.version(),
        forks, rounds, (System.nanoTime() - start) / 1_000_000_000L);
    total.print();
    System.exit(total.wrong() == 0 ? 0 : 1);
  }

  private static List<String> javaCommand(int rounds) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        ParallelSuiteStress.class.getName(), String.valueOf(rounds), "1", CHILD));
    return command;
  }

  private static Tally readChild(int fork, Process child) throws Exception {
    Tally tally = null;
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith(Tally.PREFIX)) {
          tally = Tally.parse(line);
        } else if (line.startsWith("WRONG") || line.startsWith("round")) {
          System.out.println("[fork " + fork + "] " + line);
        }
      }
    }
    if (child.waitFor() != 0 || tally == null) {
      throw new IllegalStateException("fork " + fork + " ended with " + child.exitValue());
    }
    return tally;
  }

  private static Tally runRounds(int rounds) {
    Launcher launcher = LauncherFactory.create();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(ParallelSuite.RepeatedActions.class),
            selectClass(ParallelSuite.RepeatedTests.class),
            selectClass(ParallelSuite.Neighbours.class))
        .configurationParameters(CONCURRENT).build();
    Tally tally = new Tally();
    for (int round = 1; round <= rounds; round++) {
      Verdicts verdicts = new Verdicts();
      launcher.execute(request, verdicts);
      ParallelSuite.forget();
      verdicts.judge(tally, round);
      if (round % 10 == 0) {
        System.out.printf("round %d: %s%n", round, tally.line());
      }
    }
    return tally;
  }

  /** Each test method's outcome in one round: failed repetitions and their messages. */
  private static final class Verdicts implements TestExecutionListener {
    private final Map<String, List<String>> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (!test.isTest()) {
        return;
      }
      String method = methodOf(UniqueId.parse(test.getUniqueId()));
      seen.put(method, true);
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        failures.computeIfAbsent(method, key -> new java.util.concurrent.CopyOnWriteArrayList<>())
            .add(result.getThrowable().map(Throwable::getMessage).orElse("no message"));
      }
    }

    void judge(Tally tally, int round) {
      for (String method : seen.keySet()) {
        List<String> failed = failures.getOrDefault(method, List.of());
        boolean leaks = method.substring(method.indexOf('#') + 1).startsWith("leak");
        boolean right = leaks
            ? failed.size() == 1 && failed.get(0).contains("GC root: ")
                && failed.get(0).contains("leak fingerprint: ")
            : failed.isEmpty();
        tally.count(method, leaks, right);
        if (!right) {
          System.out.printf("WRONG (round %d, %s): %s%n", round, method,
              failed.isEmpty() ? "passed" : String.join("\n---\n", failed));
        }
      }
    }

    private static String methodOf(UniqueId id) {
      String type = "";
      String method = "";
      for (UniqueId.Segment segment : id.getSegments()) {
        switch (segment.getType()) {
          case "class", "nested-class" -> type = segment.getValue();
          case "method", "test-template" -> method = segment.getValue();
          default -> { }
        }
      }
      return type.substring(type.lastIndexOf('$') + 1) + "#" + method.replace("()", "");
    }
  }

  /** Checks and wrong verdicts per test method, over every round of every JVM. */
  private static final class Tally {
    static final String PREFIX = "TALLY ";
    private final Map<String, int[]> counts = new TreeMap<>();

    void count(String method, boolean leaks, boolean right) {
      int[] count = counts.computeIfAbsent(method, key -> new int[3]);
      count[0]++;
      count[1] += right ? 0 : 1;
      count[2] = leaks ? 1 : 0;
    }

    void add(Tally other) {
      other.counts.forEach((method, count) -> {
        int[] mine = counts.computeIfAbsent(method, key -> new int[3]);
        mine[0] += count[0];
        mine[1] += count[1];
        mine[2] = count[2];
      });
    }

    int wrong() {
      return counts.values().stream().mapToInt(count -> count[1]).sum();
    }

    String line() {
      StringBuilder line = new StringBuilder(PREFIX);
      counts.forEach((method, count) -> line.append(method).append('=').append(count[0])
          .append(',').append(count[1]).append(',').append(count[2]).append(' '));
      return line.toString().trim();
    }

    static Tally parse(String line) {
      Tally tally = new Tally();
      for (String entry : line.substring(PREFIX.length()).split(" ")) {
        if (entry.isEmpty()) {
          continue;
        }
        String[] parts = entry.split("[=,]");
        tally.counts.put(parts[0], new int[] {Integer.parseInt(parts[1]),
            Integer.parseInt(parts[2]), Integer.parseInt(parts[3])});
      }
      return tally;
    }

    void print() {
      System.out.println("| test | expected | runs | wrong |");
      System.out.println("|---|---|---:|---:|");
      counts.forEach((method, count) -> System.out.printf("| %s | %s | %d | %d |%n", method,
          count[2] == 1 ? "leak" : "pass", count[0], count[1]));
      System.out.printf("%d wrong verdicts%n", wrong());
    }
  }
}
