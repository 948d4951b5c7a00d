package org.retention.maven.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retention.core.report.CheckRecord;
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

  /** The verdict and counts, such as {@code retained 1 of 2 after 2 full GCs (G1)}. */
  public static String outcome(JudgedCheck judged) {
    CheckRecord check = judged.check();
    if (judged.verdict() == CheckVerdict.INCONCLUSIVE) {
      return "inconclusive, " + check.inconclusiveReason();
    }
    return String.format(Locale.ROOT, "%s %d of %d after %d full GC%s (%s)",
        judged.verdict().word(), check.retained(), check.checked(), check.fullCollections(),
        check.fullCollections() == 1 ? "" : "s", check.collector());
  }

  /** The headline, then each leak with its fingerprint, GC root and first path steps. */
  public static List<String> lines(JudgedCheck judged) {
    List<String> lines = new ArrayList<>();
    lines.add(headline(judged));
    CheckRecord check = judged.check();
    if (check.unexplainedReason() != null) {
      lines.add("  no retention path: " + check.unexplainedReason());
    }
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
