package org.retention.cli;

import java.io.PrintStream;
import org.retention.cli.internal.Arguments;
import org.retention.cli.internal.Usage;
import org.retention.cli.internal.UsageException;
import org.retention.gate.CheckOutcome;
import org.retention.gate.GateException;
import org.retention.gate.GateLog;
import org.retention.gate.GateTool;
import org.retention.gate.RetentionGate;
import org.retention.gate.internal.Console;

/**
 * The build gate for any build tool: the Maven plugin's {@code retention:check} and {@code
 * retention:baseline} goals as a command, with the same inputs, outputs and one shared
 * implementation. Results go to standard output; warnings, failures and errors to standard
 * error.
 *
 * <pre>
 * java -jar retention-cli.jar check --baseline retention-baseline.txt shards
 * java -jar retention-cli.jar baseline shards
 * </pre>
 *
 * <p>Exit codes: {@value #PASSED} the check passed (or the baseline was written), {@value
 * #FAILED} a failed check that the baseline does not accept, {@value #ERROR} a usage error or an
 * input that cannot be read, such as a report that breaks its schema (named with file and line).
 */
public final class RetentionCli {
  /** Exit code: the check passed, or the baseline was written. */
  public static final int PASSED = 0;
  /** Exit code: a retention check failed and is not accepted (or a stale entry, if asked). */
  public static final int FAILED = 1;
  /** Exit code: a usage error, or a report or baseline that cannot be read or written. */
  public static final int ERROR = 2;

  /** How the gate's hints name this tool's commands. */
  private static final GateTool CLI =
      new GateTool("java -jar retention-cli.jar baseline", "the report arguments");

  private RetentionCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line {@code args}, printing results to {@code out} and warnings, failures
   * and errors to {@code err}.
   *
   * @return the exit code: {@link #PASSED}, {@link #FAILED} or {@link #ERROR}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments parsed;
    try {
      parsed = Arguments.parse(args);
    } catch (UsageException e) {
      err.println("retention-cli: " + e.getMessage());
      err.println("Run java -jar retention-cli.jar --help for the commands and options.");
      return ERROR;
    }
    if (parsed.command().equals(Arguments.HELP)) {
      out.print(Usage.TEXT);
      return PASSED;
    }
    RetentionGate gate = new RetentionGate(CLI, GateLog.of(out::println, err::println));
    try {
      if (parsed.command().equals(Arguments.BASELINE)) {
        gate.baseline(parsed.reports(), parsed.baselineFile());
        return PASSED;
      }
      CheckOutcome outcome = gate.check(parsed.checkRequest());
      outcome.failure().ifPresent(err::println);
      return outcome.passed() ? PASSED : FAILED;
    } catch (GateException e) {
      // The message quotes the report's own text where it breaks the schema.
      err.println(Console.visible(e.getMessage()));
      return ERROR;
    }
  }
}
