package org.retention.gate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.InstanceDetails;
import org.retention.core.report.ObjectDetails;
import org.retention.core.report.ThreadDetails;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;

/**
 * The plain-text lines that name a failed check and its leaks: the build failure, the log and
 * the summary all show the same ones.
 *
 * <pre>
 * org.example.CacheTest#clear(): retained 1 of 2 after 2 full GCs (G1)
 *   leak 7a5218bb091fd854: value "a" (java.lang.String), retains 1,024 bytes
 *     GC root: static field org.example.AuditLog.RECENT
 *       ArrayList.elementData
 *       Object[][3]
 *       ... 2 more steps
 * </pre>
 */
public final class LeakListing {
  /** The path steps shown per leak; the HTML report has the whole path. */
  static final int PATH_LINES = 4;

  private LeakListing() {}

  /** One line on what the check found: its name, verdict and counts. */
  public static String headline(JudgedCheck judged) {
    return judged.check().name() + ": " + outcome(judged);
  }

  /**
   * The verdict and what the check measured, in its kind's own terms: {@code retained 1 of 2
   * after 2 full GCs (G1)} for objects and contexts, {@code retained: org.example.Session 43
   * before, 53 after} for instances, {@code retained: grew over 40 repetitions in 3 windows,
   * org.example.Listener +1 instance and 4,191 bytes per repetition} for growth, {@code retained:
   * 1 thread still alive, "worker-7"} for threads.
   */
  public static String outcome(JudgedCheck judged) {
    CheckRecord check = judged.check();
    if (judged.verdict() == CheckVerdict.INCONCLUSIVE) {
      return "inconclusive, " + check.inconclusiveReason().orElse("no verdict");
    }
    String verdict = judged.verdict().word();
    if (check.details() instanceof ObjectDetails objects) {
      return String.format(Locale.ROOT, "%s %d of %d after %d full GC%s (%s)", verdict,
          objects.retained(), objects.checked(), objects.fullCollections(),
          objects.fullCollections() == 1 ? "" : "s", check.collector());
    }
    if (check.details() instanceof InstanceDetails instances) {
      List<String> counts = instances.counts().stream()
          .filter(count -> count.grew() || judged.verdict() == CheckVerdict.RELEASED)
          .map(count -> String.format(Locale.ROOT, "%s %,d before, %,d after%s",
              count.className(), count.before(), count.after(),
              count.allowance() == 0 ? "" : " (" + count.allowance() + " allowed)"))
          .toList();
      return verdict + ": " + String.join("; ", counts) + " (" + check.collector() + ")";
    }
    if (check.details() instanceof GrowthDetails growth) {
      String run = String.format(Locale.ROOT, "%s over %,d repetitions in %d windows (%s)",
          growth.groups().isEmpty() ? "no growth" : "grew", growth.repetitions(),
          growth.windows(), check.collector());
      List<String> groups = growth.groups().stream()
          .map(group -> String.format(Locale.ROOT, "%s +%s %s and %,d bytes per repetition",
              group.className(), Words.rate(group.instancesPerRepetition()),
              group.instancesPerRepetition() == 1 ? "instance" : "instances",
              group.bytesPerRepetition()))
          .toList();
      return verdict + ": " + run + (groups.isEmpty() ? "" : ", " + String.join("; ", groups));
    }
    ThreadDetails threads = (ThreadDetails) check.details();
    return verdict + ": " + Words.count(threads.threads().size(), "thread", "threads")
        + " still alive" + (threads.threads().isEmpty() ? "" : ", " + String.join(", ",
            threads.threads().stream().map(thread -> '"' + thread.name() + '"').toList()));
  }

  /** The headline, then each leak with its fingerprint, GC root and first path steps. */
  public static List<String> lines(JudgedCheck judged) {
    List<String> lines = new ArrayList<>();
    lines.add(headline(judged));
    CheckRecord check = judged.check();
    check.unexplainedReason().ifPresent(reason -> lines.add("  no retention path: " + reason));
    for (LeakRecord leak : check.leaks()) {
      lines.add("  " + leakLine(leak));
      lines.add("    GC root: " + leak.root());
      leak.path().stream().limit(PATH_LINES).forEach(step -> lines.add("      " + step));
      if (leak.path().size() > PATH_LINES) {
        lines.add("      ... " + (leak.path().size() - PATH_LINES) + " more steps");
      }
    }
    return lines;
  }

  /** {@code leak <fingerprint>: <object>, retains <n> bytes}. */
  public static String leakLine(LeakRecord leak) {
    return String.format(Locale.ROOT, "leak %s: %s, retains %,d bytes", leak.fingerprint(),
        leak.object(), leak.retainedBytes());
  }
}
