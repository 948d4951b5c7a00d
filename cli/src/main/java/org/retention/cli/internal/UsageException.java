package org.retention.cli.internal;

/**
 * The command line asks for something the CLI does not offer: a message that says what, for
 * standard error, followed by a pointer to {@code --help}.
 *
 * <pre>{@code
 * throw new UsageException("unknown option --bogus");
 * }</pre>
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** With the message users see. */
  public UsageException(String message) {
    super(message);
  }
}
