package org.retention.e2e;

import static org.retention.assertj.RetentionAssertions.assertThatRepeated;

import java.util.ArrayList;
import java.util.List;

/**
 * The main of the child JVMs of {@link HeapGrowthEndToEndTest}: repeats a clean action and a
 * leaking one with {@code assertThatRepeated(...).doesNotLeak()} and prints {@code RESULT <case>
 * passed} or {@code RESULT <case> failed <message on one line>}.
 */
public final class GrowthChild {
  /** Where the leaking action leaves one order per repetition. */
  static final List<Order> ORDERS = new ArrayList<>();

  private GrowthChild() {}

  /** Runs both cases. */
  public static void main(String[] args) {
    report("CLEAN", () -> assertThatRepeated(() -> new Order(new byte[256])).doesNotLeak());
    report("LEAKING", () -> assertThatRepeated(() -> ORDERS.add(new Order(new byte[256])))
        .doesNotLeak());
  }

  private static void report(String name, Runnable check) {
    String outcome;
    try {
      check.run();
      outcome = "passed";
    } catch (AssertionError failure) {
      outcome = "failed " + failure.getMessage().replace(System.lineSeparator(), " | ");
    } catch (Throwable unexpected) {
      outcome = "error " + unexpected;
    }
    System.out.println(ChildRun.RESULT + name + " " + outcome);
  }

  /** One order of a request. */
  record Order(byte[] payload) {}
}
