package org.retention.samples;

import java.util.Objects;

/**
 * One sample as the demo runs it: the regression check on the version a team shipped, and the
 * same check on the fixed version. Each check is the body of that sample's regression test, so
 * the test and the demo run the same code.
 *
 * <pre>{@code
 * LeakScenario audit = AuditScenario.SCENARIO;
 * audit.buggy().run();   // throws the AssertionError a test report would show
 * audit.fixed().run();   // returns: the regression test passes
 * }</pre>
 *
 * @param title the shipped version in a few words, the demo's heading
 * @param fix what the fixed version does differently, in a few words
 * @param buggyLeaks false for a suspicion that the sample clears (the shipped version passes too)
 * @param buggy runs the check on the shipped version
 * @param fixed runs the check on the fixed version
 */
public record LeakScenario(
    String title, String fix, boolean buggyLeaks, Runnable buggy, Runnable fixed) {

  /** Checks that every part is present. */
  public LeakScenario {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(buggy, "buggy");
    Objects.requireNonNull(fixed, "fixed");
  }

  /** A scenario whose shipped version leaks and whose fix does not. */
  public static LeakScenario leak(String title, String fix, Runnable buggy, Runnable fixed) {
    return new LeakScenario(title, fix, true, buggy, fixed);
  }

  /** A suspected leak that the sample proves is none: both versions pass. */
  public static LeakScenario falseAlarm(
      String title, String alternative, Runnable suspect, Runnable alternativeCheck) {
    return new LeakScenario(title, alternative, false, suspect, alternativeCheck);
  }
}
