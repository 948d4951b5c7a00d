package org.retention.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished (or killed) child JVM left behind.
 *
 * @param setup the JDK and collector it ran with
 * @param exitCode its exit code; -1 when it was killed at the timeout
 * @param timedOut whether it was killed at the timeout
 * @param output its standard output and error, interleaved, line by line
 * @param elapsed its wall time, start to exit
 */
record ChildRun(
    JvmSetup setup, int exitCode, boolean timedOut, List<String> output, Duration elapsed) {
  /** The prefix of a line on which a child reports one scenario's outcome. */
  static final String RESULT = "RESULT ";

  /** Copies. */
  ChildRun {
    output = List.copyOf(output);
  }

  /** Each reported scenario's name and the rest of its line, in the order reported. */
  Map<String, String> results() {
    Map<String, String> results = new LinkedHashMap<>();
    for (String line : output) {
      if (line.startsWith(RESULT)) {
        String rest = line.substring(RESULT.length());
        int space = rest.indexOf(' ');
        results.put(rest.substring(0, space), rest.substring(space + 1));
      }
    }
    return results;
  }

  /** Everything the child printed, for a failure message. */
  String transcript() {
    return setup + " exited with " + exitCode + (timedOut ? " (killed at the timeout)" : "")
        + " after " + elapsed.toMillis() + " ms; its output:" + System.lineSeparator()
        + String.join(System.lineSeparator(), output);
  }
}
