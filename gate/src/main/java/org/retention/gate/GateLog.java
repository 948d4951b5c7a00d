package org.retention.gate;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a gate's console lines go: the build tool's log, or a terminal. Every line is already
 * made safe for a terminal.
 *
 * <pre>{@code
 * GateLog log = GateLog.of(System.out::println, System.err::println);
 * }</pre>
 */
public interface GateLog {
  /** A result or a note: counts, where the files were written. */
  void info(String line);

  /** Something that does not fail the build but needs a look: an unfinished JVM, a stale entry. */
  void warn(String line);

  /** A log that hands info lines to {@code info} and warnings to {@code warn}. */
  static GateLog of(Consumer<String> info, Consumer<String> warn) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(warn, "warn");
    return new GateLog() {
      @Override
      public void info(String line) {
        info.accept(line);
      }

      @Override
      public void warn(String line) {
        warn.accept(line);
      }
    };
  }
}
