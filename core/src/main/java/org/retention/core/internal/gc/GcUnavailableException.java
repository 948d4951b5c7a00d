package org.retention.core.internal.gc;

/**
 * The VM could not be made to run a proven whole-heap collection in time, so no verdict about
 * reachability can honestly be given. The message says why and what to change.
 */
public final class GcUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the reason, worded for the user. */
  public GcUnavailableException(String message) {
    super(message);
  }
}
