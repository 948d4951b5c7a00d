package org.retention.gate.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retention.core.report.CheckRecord;

/**
 * The released checks of one test class in one report, counted: what the page shows of passes,
 * so that a million of them make a few rows, not a million.
 *
 * <pre>{@code
 * merged.passed().forEach(passed -> System.out.println(passed.testClass() + ": "
 *     + passed.checks() + " released"));
 * }</pre>
 *
 * @param reportFile the report that recorded them
 * @param testClass the test class of their names ({@code org.example.CacheTest} of {@code
 *     org.example.CacheTest#clear()}), or what checked them when a name has none
 * @param checks how many
 * @param timeMillis the time they took together
 */
public record PassedChecks(Path reportFile, String testClass, int checks, long timeMillis) {
  /** An AssertJ check's name, {@code BusTest.subscribe:12}: class, method, line. */
  private static final Pattern CLASS_METHOD_LINE = Pattern.compile("(.+)\\.[^.]+:\\d+");

  /** Validates. */
  public PassedChecks {
    Objects.requireNonNull(reportFile, "reportFile");
    Objects.requireNonNull(testClass, "testClass");
  }

  /** The test class a check's name gives. */
  static String testClassOf(CheckRecord check) {
    String name = check.name();
    int method = name.indexOf('#');
    if (method > 0) {
      return name.substring(0, method);
    }
    Matcher line = CLASS_METHOD_LINE.matcher(name);
    return line.matches() ? line.group(1) : "checks by " + check.source() + " without a test class";
  }

  /** Which row a released check counts in. */
  record Key(Path reportFile, String testClass) {
    static Key of(Path reportFile, CheckRecord check) {
      return new Key(reportFile, testClassOf(check));
    }
  }

  /** A row being counted. */
  static final class Sum {
    private final Key key;
    private int checks;
    private long timeMillis;

    Sum(Key key) {
      this.key = key;
    }

    void add(long millis) {
      checks++;
      timeMillis += millis;
    }

    /** Both counts together: the same row, read in two parts. */
    Sum plus(Sum other) {
      checks += other.checks;
      timeMillis += other.timeMillis;
      return this;
    }

    PassedChecks passed() {
      return new PassedChecks(key.reportFile(), key.testClass(), checks, timeMillis);
    }
  }
}
