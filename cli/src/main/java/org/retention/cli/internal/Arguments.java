package org.retention.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.retention.gate.CheckRequest;
import org.retention.gate.ReportSet;
import org.retention.gate.internal.Console;

/**
 * A parsed command line: the command and the options it mirrors from the Maven plugin's
 * parameters. Options take their value as the next argument or after {@code =}; every other
 * argument names more reports to merge.
 *
 * <pre>{@code
 * Arguments parsed = Arguments.parse("check", "--baseline", "retention-baseline.txt", "shards");
 * CheckRequest request = parsed.checkRequest();
 * }</pre>
 *
 * @param command {@code check}, {@code baseline}, or {@code help}
 * @param projectDirectory what relative names are resolved against
 * @param reportDirectory where the test JVMs wrote their reports
 * @param extraReports more report files, directories or globs
 * @param baseline the baseline file, if named
 * @param outputDirectory where {@code summary.md} and {@code report.html} go, if named
 * @param failOnStale {@code --fail-on-stale}
 * @param haltOnFailure unless {@code --no-halt-on-failure}
 */
public record Arguments(String command, Path projectDirectory, Path reportDirectory,
    List<String> extraReports, Optional<Path> baseline, Optional<Path> outputDirectory,
    boolean failOnStale, boolean haltOnFailure) {
  /** The command that prints the help. */
  public static final String HELP = "help";
  /** The command that gates: {@code retention:check}. */
  public static final String CHECK = "check";
  /** The command that writes the baseline: {@code retention:baseline}. */
  public static final String BASELINE = "baseline";
  /** The plugin's default report directory, relative to the project directory. */
  public static final String DEFAULT_REPORT_DIRECTORY = "target/retention";
  /** The plugin's default baseline file of {@code retention:baseline}. */
  public static final String DEFAULT_BASELINE = "retention-baseline.txt";

  /** Validates, and copies {@code extraReports}. */
  public Arguments {
    Objects.requireNonNull(command, "command");
    extraReports = List.copyOf(extraReports);
  }

  /**
   * Parses {@code args}: the command first, then options and reports in any order.
   *
   * @throws UsageException naming what is missing, unknown or misplaced
   */
  public static Arguments parse(String... args) throws UsageException {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      return new Arguments(HELP, Path.of(""), Path.of(""), List.of(), Optional.empty(),
          Optional.empty(), false, true);
    }
    if (args.length == 0) {
      throw new UsageException("no command: use check or baseline");
    }
    String command = args[0];
    if (!command.equals(CHECK) && !command.equals(BASELINE)) {
      throw new UsageException("unknown command " + quoted(command) + ": use check or baseline");
    }
    Path project = Path.of("");
    String reportDirectory = DEFAULT_REPORT_DIRECTORY;
    List<String> extra = new ArrayList<>();
    String baseline = null;
    String output = null;
    boolean failOnStale = false;
    boolean haltOnFailure = true;
    boolean reportsOnly = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (reportsOnly || !arg.startsWith("-") || arg.equals("-")) {
        extra.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String inline = equals < 0 ? null : arg.substring(equals + 1);
      switch (name) {
        case "--" -> reportsOnly = true;
        case "--project-dir" -> project = path(name, value(args, i, inline));
        case "--report-dir" -> reportDirectory = value(args, i, inline);
        case "--baseline" -> baseline = value(args, i, inline);
        case "--output-dir" -> output = checkOnly(command, name, value(args, i, inline));
        case "--fail-on-stale" -> failOnStale = flag(command, name, inline);
        case "--no-halt-on-failure" -> haltOnFailure = !flag(command, name, inline);
        default -> throw new UsageException("unknown option " + quoted(name));
      }
      if (inline == null && takesValue(name)) {
        i++;
      }
    }
    return new Arguments(command, project, resolved(project, "--report-dir", reportDirectory),
        extra, Optional.ofNullable(baseline == null ? null : resolved(project, "--baseline", baseline)),
        Optional.ofNullable(output == null ? null : resolved(project, "--output-dir", output)),
        failOnStale, haltOnFailure);
  }

  /** The reports to merge. */
  public ReportSet reports() {
    return new ReportSet(reportDirectory, extraReports, projectDirectory);
  }

  /** What {@code check} asks of the gate; the outputs go beside the reports by default. */
  public CheckRequest checkRequest() {
    return new CheckRequest(reports(), baseline, outputDirectory.orElse(reportDirectory),
        failOnStale, haltOnFailure);
  }

  /** The file {@code baseline} writes. */
  public Path baselineFile() {
    return baseline.orElse(projectDirectory.resolve(DEFAULT_BASELINE));
  }

  private static boolean takesValue(String option) {
    return !option.equals("--") && !option.equals("--fail-on-stale")
        && !option.equals("--no-halt-on-failure");
  }

  private static String value(String[] args, int index, String inline) throws UsageException {
    if (inline != null) {
      if (inline.isEmpty()) {
        throw new UsageException(args[index] + " needs a value");
      }
      return inline;
    }
    if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
      throw new UsageException(args[index] + " needs a value");
    }
    return args[index + 1];
  }

  private static boolean flag(String command, String option, String inline) throws UsageException {
    if (inline != null) {
      throw new UsageException(option + " takes no value");
    }
    checkOnly(command, option, option);
    return true;
  }

  private static String checkOnly(String command, String option, String value)
      throws UsageException {
    if (!command.equals(CHECK)) {
      throw new UsageException(option + " is an option of check, not of " + command);
    }
    return value;
  }

  private static Path resolved(Path project, String option, String value) throws UsageException {
    return project.resolve(path(option, value));
  }

  private static Path path(String option, String value) throws UsageException {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(option + " " + quoted(value) + " is not a path: " + e.getReason());
    }
  }

  private static String quoted(String text) {
    return "\"" + Console.visible(text) + "\"";
  }
}
