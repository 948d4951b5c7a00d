package org.retention.cli.internal;

/**
 * The help that {@code --help} prints: commands, options, and exit codes.
 *
 * <pre>{@code
 * out.print(Usage.TEXT);
 * }</pre>
 */
public final class Usage {
  /** The whole help, ending with a line break. */
  public static final String TEXT = """
      Usage: java -jar retention-cli.jar <command> [options] [report ...]

      Gates a build on its retention reports, as the Maven plugin's retention:check and
      retention:baseline goals do: merges the report of every test JVM and CI shard, judges
      them against the baseline, and writes summary.md and a self-contained report.html.

      Commands:
        check       judge the merged reports; fail on a leak the baseline does not accept
        baseline    write or update the baseline from the merged reports, keeping reasons

      Arguments:
        report ...              more reports to merge: files, directories, or globs such as
                                'shards/**/*.json' (quoted, so that the shell leaves them)

      Options:
        --report-dir <dir>      where the test JVMs wrote their reports
                                (default: target/retention)
        --baseline <file>       check: the baseline of accepted leaks (default: none; a file
                                that does not exist yet accepts no leak)
                                baseline: the file to write (default: retention-baseline.txt)
        --output-dir <dir>      check: where summary.md and report.html go
                                (default: the report directory)
        --fail-on-stale         check: fail when a baseline entry matched no leak
        --no-halt-on-failure    check: report new leaks without failing (exit code 0)
        --project-dir <dir>     what relative names are resolved against
                                (default: the current directory)
        -h, --help              print this help

      Exit codes:
        0  the check passed, or the baseline was written
        1  a retention check failed and the baseline does not accept it (or, with
           --fail-on-stale, a baseline entry is stale)
        2  a usage error, or an input that cannot be read: a report that breaks its schema
           (named with file and line), a missing report, an unreadable baseline

      Results go to standard output; warnings, failures and errors to standard error.
      """;

  private Usage() {}
}
