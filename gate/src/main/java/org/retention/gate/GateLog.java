package org.retention.gate;

/**
 * Where a gate's console lines go: the build tool's log, or a terminal. Every line is already
 * made safe for a terminal.
 *
 * <pre>{@code
 * GateLog log = new GateLog() {
 *   public void info(String line) { System.out.println(line); }
 *   public void warn(String line) { System.err.println(line); }
 * };
 * }</pre>
 */
public interface GateLog {
  /** A result or a note: counts, where the files were written. */
  void info(String line);

  /** Something that does not fail the build but needs a look: an unfinished JVM, a stale entry. */
  void warn(String line);
}
