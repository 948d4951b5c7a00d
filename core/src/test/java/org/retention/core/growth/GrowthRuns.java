package org.retention.core.growth;

/** Runs a growth check's repetitions and returns its measurement, for tests of the verdict. */
final class GrowthRuns {
  private GrowthRuns() {}

  /** The verdict of {@code check} repeating {@code action}, as its session measured it. */
  static GrowthVerdict verdictOf(HeapGrowthCheck check, HeapGrowthCheck.Action action)
      throws Throwable {
    HeapGrowthCheck.Session session = check.start();
    while (!session.complete()) {
      action.run();
      session.repetitionDone();
    }
    return session.verdict();
  }
}
