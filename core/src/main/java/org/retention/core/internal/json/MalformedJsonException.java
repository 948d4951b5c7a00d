package org.retention.core.internal.json;

/**
 * Text that is not JSON, with the line and column (both from 1) where reading stopped.
 *
 * <pre>{@code
 * JsonReader.parse("{\"a\" 1}");   // line 1 column 6: expected ':' but found '1'
 * }</pre>
 */
public final class MalformedJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;

  MalformedJsonException(int line, int column, String problem) {
    super("line " + line + " column " + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The line where reading stopped, from 1. */
  public int line() {
    return line;
  }

  /** The column (in UTF-16 characters) where reading stopped, from 1. */
  public int column() {
    return column;
  }

  /** What was wrong there: {@code expected ':' but found '1'}. */
  public String problem() {
    return problem;
  }
}
