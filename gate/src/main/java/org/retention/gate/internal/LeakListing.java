package org.retention.gate.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.retention.core.explain.SuspectReference;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
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
 *       -&gt; value "a" (java.lang.String)
 *     suspect reference: Object[][3] (break it to free 1,024 bytes)
 * </pre>
 */
public final class LeakListing {
  /** The path steps shown per leak; the HTML report has the whole path. */
  static final int PATH_LINES = 4;

  /** The other checks named under a path they share; the page lists them all. */
  static final int ALSO_HIT = 5;

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
      List<String> groups = growth.groups().stream().map(LeakListing::growth).toList();
      return verdict + ": " + run + (groups.isEmpty() ? "" : ", " + String.join("; ", groups));
    }
    ThreadDetails threads = (ThreadDetails) check.details();
    return verdict + ": " + Words.count(threads.threads().size(), "thread", "threads")
        + " still alive" + (threads.threads().isEmpty() ? "" : ", " + String.join(", ",
            threads.threads().stream().map(thread -> '"' + thread.name() + '"').toList()));
  }

  /** How fast one group of a growth check grew: {@code org.example.Listener +1 instance and 4,136 bytes per repetition}. */
  static String growth(GrowthGroupRecord group) {
    return String.format(Locale.ROOT, "%s +%s %s and %,d bytes per repetition",
        group.className(), Words.rate(group.instancesPerRepetition()),
        group.instancesPerRepetition() == 1 ? "instance" : "instances",
        group.bytesPerRepetition());
  }

  /**
   * The headline, then each leak with its fingerprint, GC root, first path steps and the object
   * it ends at.
   */
  public static List<String> lines(JudgedCheck judged) {
    return lines(List.of(judged));
  }

  /**
   * The lines of each check in turn, each leak's path printed once: the first check that hit a
   * fingerprint shows its path and names the others that hit it (five at most, then a count);
   * their own leak lines point back to it.
   *
   * <pre>
   * BusTest#a(): retained 1 of 1 after 2 full GCs (G1)
   *   leak 1c0ffee000000001: tracked "owner" (org.example.Owner), retains 16,440 bytes
   *     GC root: static field org.example.Bus.INSTANCE
   *       Bus.listeners
   *       -&gt; tracked "owner" (org.example.Owner)
   *     also hit by: BusTest#b()
   * BusTest#b(): retained 1 of 1 after 2 full GCs (G1)
   *   leak 1c0ffee000000001: tracked "owner" (org.example.Owner), retains 16,440 bytes, path as above
   * </pre>
   */
  public static List<String> lines(List<JudgedCheck> checks) {
    Map<String, LeakGroup> groups = new HashMap<>();
    LeakGroup.of(checks).forEach(group -> groups.put(group.fingerprint(), group));
    Set<String> shown = new HashSet<>();
    List<String> lines = new ArrayList<>();
    for (JudgedCheck judged : checks) {
      lines.add(headline(judged));
      CheckRecord check = judged.check();
      check.unexplainedReason().ifPresent(reason -> lines.add("  no retention path: " + reason));
      for (LeakRecord leak : check.leaks()) {
        if (!shown.add(leak.fingerprint())) {
          lines.add("  " + leakLine(leak) + ", path as above");
          continue;
        }
        lines.add("  " + leakLine(leak));
        lines.add("    GC root: " + leak.root());
        leak.path().stream().limit(PATH_LINES).forEach(step -> lines.add("      " + step));
        if (leak.path().size() > PATH_LINES) {
          lines.add("      ... " + (leak.path().size() - PATH_LINES) + " more steps");
        }
        lines.add("      -> " + leak.object());
        leak.suspect().ifPresent(suspect -> lines.add("    " + suspect(suspect)));
        List<String> others = groups.get(leak.fingerprint()).hits().stream()
            .filter(hit -> hit != judged).map(hit -> hit.check().name()).toList();
        if (!others.isEmpty()) {
          lines.add("    also hit by: " + String.join(", ", others.subList(0,
              Math.min(ALSO_HIT, others.size()))) + (others.size() > ALSO_HIT
              ? " and " + (others.size() - ALSO_HIT) + " more" : ""));
        }
      }
    }
    return lines;
  }

  /**
   * The step to break and what breaking it frees, as the test's own message says it: {@code
   * suspect reference: Object[][3] (break it to free 1,048,640 bytes)}.
   */
  public static String suspect(SuspectReference suspect) {
    return "suspect reference: " + suspect.reference() + (suspect.freedBytesKnown()
        ? String.format(Locale.ROOT, " (break it to free %,d bytes)", suspect.freedBytes())
        : " (what breaking it frees is unknown)");
  }

  /**
   * {@code leak <fingerprint>: <object>, retains <n> bytes}; without the size when the check did
   * not measure it (instance and thread checks record 0, and no object retains nothing).
   */
  public static String leakLine(LeakRecord leak) {
    String line = "leak " + leak.fingerprint() + ": " + leak.object();
    return leak.retainedBytes() > 0
        ? line + String.format(Locale.ROOT, ", retains %,d bytes", leak.retainedBytes())
        : line;
  }
}
