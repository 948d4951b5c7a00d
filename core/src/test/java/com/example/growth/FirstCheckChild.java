package com.example.growth;

import java.util.ArrayList;
import java.util.List;
import org.retention.core.CheckResult;
import org.retention.core.growth.HeapGrowthCheck;

/**
 * A JVM run for {@code HeapGrowthCheck_start_Test}: the JVM's first growth check, of repetitions
 * that an engine-like class keeps a reflective {@code Constructor} of now and then (as JUnit's
 * engine does for each repetition of a {@code @RepeatedTest}), ignored as the engine is. It prints
 * the result between markers, then exits. With {@code leaking}, a class of the user keeps them
 * instead.
 */
public final class FirstCheckChild {
  private FirstCheckChild() {}

  public static void main(String[] args) throws Throwable {
    boolean leaking = args.length > 0 && args[0].equals("leaking");
    HeapGrowthCheck.Session session = HeapGrowthCheck.repeating(24)
        .ignoring(List.of(Engine.class.getName())).start();
    for (int repetition = 0; !session.complete(); repetition++) {
      (leaking ? User.KEPT : Engine.KEPT).addAll(Engine.repetition(repetition));
      session.repetitionDone();
    }
    CheckResult result = session.result();
    System.out.println("--- result");
    System.out.println(result.failed() ? result.failureMessage() : "passed");
    System.out.println("--- end");
    System.exit(0);
  }

  /** Keeps one {@code Constructor} (a fresh copy each time) every third repetition. */
  public static final class Engine {
    static final List<Object> KEPT = new ArrayList<>();

    static List<Object> repetition(int repetition) throws NoSuchMethodException {
      return repetition % 3 == 0 ? List.of(FirstCheckChild.class.getDeclaredConstructor())
          : List.of();
    }
  }

  /** The user's class that leaks them, when asked to. */
  public static final class User {
    static final List<Object> KEPT = new ArrayList<>();
  }
}
