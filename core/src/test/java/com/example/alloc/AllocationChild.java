package com.example.alloc;

import java.util.ArrayList;
import java.util.List;
import org.retention.core.CheckResult;
import org.retention.core.growth.HeapGrowthCheck;

/**
 * A JVM run for {@code AllocationSites_growth_Test}: a growth check of the leak {@code args[0]}
 * names, whose result it prints between markers, then exits. Each leaking class has a constructor
 * of a shape the hook must keep working: a switch, a try/catch, a loop, a super constructor.
 */
public final class AllocationChild {
  static final List<Object> KEPT = new ArrayList<>();

  private AllocationChild() {}

  public static void main(String[] args) throws Throwable {
    HeapGrowthCheck.Action action = switch (args[0]) {
      case "listener" -> Registry::subscribe;
      case "subclass" -> () -> KEPT.add(new Special(KEPT.size()));
      case "clean" -> () -> new Listener(1).hashCode();
      default -> throw new IllegalArgumentException(args[0]);
    };
    CheckResult result = HeapGrowthCheck.repeating(HeapGrowthCheck.DEFAULT_REPETITIONS)
        .run(action);
    System.out.println("--- result");
    System.out.println(result.failed() ? result.failureMessage() : "passed");
    System.out.println("--- end");
    System.exit(0);
  }

  /** What {@code ThrowingChild}'s action leaks: a class of the user, constructed from anywhere. */
  public static final class Parcel {
    public Parcel() {}
  }

  /** Where the leak is: one listener per call, never removed. */
  public static final class Registry {
    static final List<Listener> LISTENERS = new ArrayList<>();

    static void subscribe() {
      LISTENERS.add(new Listener(LISTENERS.size())); // the allocation site the test expects
    }
  }

  /** A listener whose constructor branches, loops and catches. */
  public static class Listener {
    final int kind;
    final int[] state;

    Listener(int n) {
      int chosen;
      switch (n % 4) {
        case 0 -> chosen = 10;
        case 1 -> chosen = 20;
        case 2 -> chosen = 30;
        default -> chosen = 40;
      }
      int sum = 0;
      for (int i = 0; i < 3; i++) {
        sum += i;
      }
      int parsed;
      try {
        parsed = Integer.parseInt(n % 2 == 0 ? "7" : "x");
      } catch (NumberFormatException e) {
        parsed = -1;
      }
      this.kind = chosen + sum + parsed;
      this.state = new int[4];
    }
  }

  /** A subclass: its instances are allocated where {@code new Special} runs, not in Listener. */
  public static final class Special extends Listener {
    final String label;

    Special(int n) {
      super(n);
      this.label = "special-" + n;
    }
  }
}
