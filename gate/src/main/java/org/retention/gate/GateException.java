package org.retention.gate;

/**
 * The gate could not do its job: a report or the baseline cannot be read (or breaks its
 * schema; the message names the file and line), or an output cannot be written. Not a verdict:
 * a build tool reports it as a broken configuration or input.
 *
 * <pre>{@code
 * try {
 *   gate.check(request);
 * } catch (GateException e) {
 *   System.err.println(e.getMessage());   // "Cannot read the retention reports: ..."
 * }
 * }</pre>
 */
public final class GateException extends Exception {
  private static final long serialVersionUID = 1L;

  /** With the message users see, and what caused it. */
  public GateException(String message, Throwable cause) {
    super(message, cause);
  }
}
