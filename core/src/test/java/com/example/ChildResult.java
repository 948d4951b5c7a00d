package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child JVM's main class on the test class path and reads what it printed between its
 * {@code --- result} and {@code --- end} markers.
 *
 * <pre>{@code
 * String result = ChildResult.of(List.of("-javaagent:agent.jar"), "com.example.alloc.AllocationChild", "clean");
 * }</pre>
 */
public final class ChildResult {
  private ChildResult() {}

  /** What {@code main} printed as its result, run with {@code options} and {@code arguments}. */
  public static String of(List<String> options, String main, String... arguments)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(arguments));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as(output).contains("--- result", "--- end");
    return output.substring(output.indexOf("--- result") + "--- result".length(),
        output.indexOf("--- end")).strip();
  }
}
