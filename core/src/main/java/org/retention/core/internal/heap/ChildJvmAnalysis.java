package org.retention.core.internal.heap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Analyses a heap dump in a child VM, so a test VM without room for the analysis keeps its heap:
 * the same Java, this library's classes, its own {@code -Xmx} sized from the dump. The request
 * and the result travel as {@link AnalysisLines} over the child's standard input and output; the
 * child writes no file.
 *
 * <pre>{@code
 * HeapAnalysis.Result result = ChildJvmAnalysis.analyse(new AnalysisLines.Request(dump,
 *     probe.id(), verdict.retainedCount(), VmLayout.current(), ownFrames, verdict.retained()));
 * }</pre>
 *
 * <p>The child never outlives its purpose: it halts when its standard input ends, which happens
 * when the test VM exits or dies, and it is killed when it runs longer than its time limit.
 */
public final class ChildJvmAnalysis {
  /** Heap the child needs beyond the analysis: its own start, the result's text. */
  static final long CHILD_FIXED_BYTES = 32L << 20;

  /** Time for the child to start, plus its time per GB of dump at a slow pace. */
  private static final long BASE_TIMEOUT_SECONDS = 60;
  private static final long TIMEOUT_SECONDS_PER_GB = 60;

  /** Variables through which the child would inherit flags, agents or heap dump options. */
  private static final List<String> INHERITED_OPTIONS =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private ChildJvmAnalysis() {}

  /**
   * Runs the analysis of {@code request} in a child VM and returns its result.
   *
   * @throws IOException when the child cannot start, fails, or runs out of time
   */
  static HeapAnalysis.Result analyse(AnalysisLines.Request request) throws IOException {
    long dumpBytes = Files.size(request.dump());
    long heapMegabytes = heapBytes(dumpBytes) >> 20;
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapMegabytes + "m",
        "-XX:+UseSerialGC",
        // No file may be left: no hsperfdata, no heap dump, no crash log.
        "-XX:-UsePerfData",
        "-XX:-HeapDumpOnOutOfMemoryError",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:+SuppressFatalErrorMessage",
        "-cp", classPath(),
        ChildJvmAnalysis.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    INHERITED_OPTIONS.forEach(environment::remove);
    Process child = builder.start();
    try {
      List<String> output = Collections.synchronizedList(new ArrayList<>());
      StringBuilder errors = new StringBuilder();
      Thread outputReader = drain(child.getInputStream(), output::add, "stdout");
      Thread errorReader = drain(child.getErrorStream(), line -> {
        synchronized (errors) {
          if (errors.length() < 4096) {
            errors.append(line).append('\n');
          }
        }
      }, "stderr");
      // The child's standard input stays open while the analysis runs: its end tells the child
      // that this VM is gone.
      PrintStream toChild = new PrintStream(child.getOutputStream(), false, StandardCharsets.UTF_8);
      AnalysisLines.writeRequest(request, toChild);
      long timeoutSeconds = BASE_TIMEOUT_SECONDS + TIMEOUT_SECONDS_PER_GB * (dumpBytes >> 30);
      if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new IOException(String.format(Locale.ROOT,
            "the child VM analysing the %,d MB heap dump did not finish within %d s",
            dumpBytes >> 20, timeoutSeconds));
      }
      outputReader.join(10_000);
      errorReader.join(10_000);
      boolean answered = output.stream().anyMatch(AnalysisLines::endsResult);
      if (!answered) {
        // Out of memory, the VM says so on standard output.
        throw new IOException("the child VM analysing the heap dump (-Xmx" + heapMegabytes
            + "m) exited with " + child.exitValue() + ": "
            + (String.join("\n", output) + "\n" + errors).strip());
      }
      synchronized (output) {
        return AnalysisLines.readResult(List.copyOf(output), request.retained());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while a child VM analysed the heap dump", e);
    } finally {
      child.destroyForcibly();
    }
  }

  /** The {@code -Xmx} of a child VM that analyses a dump of {@code dumpBytes}. */
  public static long heapBytes(long dumpBytes) {
    return CHILD_FIXED_BYTES + AnalysisMemory.needed(dumpBytes);
  }

  /** The child's side: reads the request, analyses, writes the result, and exits. */
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int status = 0;
    try {
      AnalysisLines.Request request = AnalysisLines.readRequest(in);
      Thread orphanWatch = new Thread(() -> haltAtEndOf(in), "retention-parent-watch");
      orphanWatch.setDaemon(true);
      orphanWatch.start();
      HeapAnalysis.Result result = new HeapAnalysis(HprofIndex.open(request.dump(),
          request.layout()), request.ownFrames()).analyse(request.probeId(),
          request.retained(), request.retainedCount());
      AnalysisLines.writeResult(result, out);
    } catch (IOException | RuntimeException e) {
      AnalysisLines.line(out, AnalysisLines.ERROR, e.toString());
      status = 1;
    }
    out.flush();
    Runtime.getRuntime().halt(status);
  }

  private static void haltAtEndOf(BufferedReader in) {
    try {
      while (in.read() >= 0) {
        // The parent sends nothing more; only the end of the stream matters.
      }
    } catch (IOException gone) {
      // As good as the end of the stream.
    }
    Runtime.getRuntime().halt(2);
  }

  /**
   * Where this library's classes are: the child needs nothing else. Falls back to the test VM's
   * class path when the location is no file (a nested jar).
   */
  private static String classPath() {
    CodeSource source = ChildJvmAnalysis.class.getProtectionDomain().getCodeSource();
    try {
      if (source != null && source.getLocation() != null
          && "file".equals(source.getLocation().getProtocol())) {
        return Path.of(source.getLocation().toURI()).toString();
      }
    } catch (URISyntaxException | IllegalArgumentException notAFile) {
      // Fall back below.
    }
    return System.getProperty("java.class.path");
  }

  private static Thread drain(
      InputStream stream, java.util.function.Consumer<String> lines, String name) {
    Thread reader = new Thread(() -> {
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.accept(line);
        }
      } catch (IOException closed) {
        // The child is gone; what was read is all there is.
      }
    }, "retention-analysis-" + name);
    reader.setDaemon(true);
    reader.start();
    return reader;
  }
}
