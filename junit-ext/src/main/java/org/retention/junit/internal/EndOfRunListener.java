package org.retention.junit.internal;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.retention.core.RunSummary;

/**
 * Prints one line when a JUnit Platform session ends, if a retention check ran in this JVM: the
 * checks by verdict, the baseline entries this JVM matched no leak of, the Spring contexts, and the
 * report. Registered as a service ({@code META-INF/services}), so it needs no configuration.
 *
 * <pre>{@code
 * Retention: 12 checks in this JVM: 9 released, 1 new leak, 2 accepted; 1 baseline entry not
 *   matched in this JVM: 0123456789abcdef (fixed in 2.1), retention:check judges it across all
 *   test JVMs; report: target/retention/retention-report-4711-1764755100000-0a1b.json
 * }</pre>
 *
 * <p><b>Why a session listener.</b> The JVM's own last words (a shutdown hook's standard error)
 * come after surefire has closed its channel, so they never reach the Maven console. Output while
 * a session closes does, with one fork or several: surefire 3.5 forwards it like a test's. A
 * session ends once per fork, where a test plan ends once per class when surefire feeds several
 * forks class by class. A report entry ({@code publishReportEntry}) would not do: surefire's
 * console does not show them.
 *
 * <p><b>Cost when unused.</b> The launcher makes the listener in every JVM that has
 * retention-junit on its class path; without a check in that JVM, it loads a few small classes and
 * prints nothing. A failure of its own never fails the run.
 */
public final class EndOfRunListener implements LauncherSessionListener {
  /** Made by the JUnit Platform's service loader. */
  public EndOfRunListener() {}

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      RunSummary.endOfRunLine().ifPresent(System.err::println);
    } catch (RuntimeException | LinkageError unexpected) {
      // The tests have run and been reported: a summary that cannot be made must not fail them.
      System.err.println("Retention: no end-of-run summary: " + unexpected);
    }
  }
}
