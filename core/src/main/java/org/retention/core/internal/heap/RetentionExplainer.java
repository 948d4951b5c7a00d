package org.retention.core.internal.heap;

import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/**
 * Explains a failed verdict with a heap dump: for each of the first retained objects, the
 * shortest strong path from a GC root, the root's kind, the bytes the object retains, and a
 * fingerprint of the path; and whether objects with no strong path are only softly reachable.
 *
 * <pre>{@code
 * RetentionVerdict verdict = probe.awaitRelease();
 * if (!verdict.released()) {
 *   throw new AssertionError("Expecting values to be collectable, but "
 *       + RetentionExplainer.explain(probe, verdict, ExplainSettings.fromSystemProperties()).message());
 * }
 * }</pre>
 *
 * <p>Only failures pay for it: nothing here is loaded until a verdict is {@link Outcome#RETAINED}.
 * The dump is taken after the verdict, so a path shows what holds the object at that moment.
 * Dumps are written one at a time, VM-wide: each is a full stop-the-world collection plus a write
 * of the whole heap, and two at once would cost twice the disk and memory for nothing. A dump is
 * deleted as soon as it is analysed, even when the analysis fails, unless {@link
 * ExplainSettings#keepHeapDumps()} asks to keep it; then the message prints its path.
 *
 * <p>The analysis runs in this VM when its free heap has room ({@link AnalysisMemory}), otherwise
 * in a child VM ({@link ChildJvmAnalysis}); {@link ExplainSettings#analysis()} can force either.
 */
public final class RetentionExplainer {
  /** How many retained objects get a path; the message counts the rest. */
  public static final int MAX_EXPLAINED = 5;


  private RetentionExplainer() {}

  /**
   * Explains {@code verdict} of {@code probe} as {@code settings} ask. Never throws for a dump
   * that cannot be taken or read: the explanation then says why it has no paths.
   */
  public static Explanation explain(
      RetentionProbe probe, RetentionVerdict verdict, ExplainSettings settings) {
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(settings, "settings");
    if (verdict.outcome() != Outcome.RETAINED || !settings.explain()) {
      return Explanation.none(verdict);
    }
    OwnFrames ownFrames = OwnFrames.ofCurrentThread();
    return HeapDumps.exclusively(() -> explainWithDump(probe, verdict, settings, ownFrames));
  }

  private static Explanation explainWithDump(RetentionProbe probe, RetentionVerdict verdict,
      ExplainSettings settings, OwnFrames ownFrames) {
    long start = System.nanoTime();
    Path dump;
    try {
      dump = HeapDumps.dumpLiveHeap();
    } catch (IOException | RuntimeException e) {
      return Explanation.unexplained(verdict, "the heap could not be dumped: " + e,
          Optional.empty(), Duration.ofNanos(System.nanoTime() - start));
    } finally {
      // The probe leads the analysis to the watched objects: it must be in the dump.
      Reference.reachabilityFence(probe);
    }
    Duration dumpTime = Duration.ofNanos(System.nanoTime() - start);
    Optional<Path> kept = settings.keepHeapDumps() ? Optional.of(dump) : Optional.empty();
    kept.ifPresent(HeapDumps::keep);
    long analysisStart = System.nanoTime();
    try {
      Optional<String> noRoom = AnalysisMemory.shortage(Files.size(dump));
      boolean inChild = switch (settings.analysis()) {
        case AUTO -> noRoom.isPresent();
        case IN_PROCESS -> false;
        case CHILD_JVM -> true;
      };
      if (!inChild && noRoom.isPresent()) {
        return Explanation.unexplained(verdict, noRoom.get(), kept, dumpTime);
      }
      HeapAnalysis.Result result = inChild
          ? ChildJvmAnalysis.analyse(new AnalysisLines.Request(dump, probe.id(),
              verdict.retainedCount(), VmLayout.current(), ownFrames, verdict.retained()))
          : new HeapAnalysis(HprofIndex.open(dump, VmLayout.current()), ownFrames)
              .analyse(probe.id(), verdict.retained(), verdict.retainedCount());
      return new Explanation(verdict, result.paths(), result.reachability(), "", kept, dumpTime,
          Duration.ofNanos(System.nanoTime() - analysisStart));
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return Explanation.unexplained(verdict, "the heap dump could not be analysed: " + e, kept,
          dumpTime);
    } finally {
      if (kept.isEmpty()) {
        HeapDumps.delete(dump);
      }
    }
  }
}
