package org.retention.core.probe;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of waiting for watched objects to be collected. Immutable; holds no watched object.
 *
 * <pre>{@code
 * RetentionVerdict verdict = probe.awaitRelease();
 * if (verdict.outcome() == Outcome.RETAINED) {
 *   verdict.retained().forEach(object -> System.out.println(object.description()));
 * }
 * }</pre>
 *
 * @param outcome what was concluded
 * @param checked how many objects were watched
 * @param retainedCount how many of them were not collected
 * @param retained the first of those ({@link RetentionProbe#MAX_DETAILED} at most), in watch
 *     order; empty when {@link Outcome#RELEASED}
 * @param fullCollections the whole-heap collections counted while waiting
 * @param collector the VM's garbage collector as messages name it, such as {@code G1} or {@code
 *     ZGC}
 * @param elapsed the time from the start of waiting to the verdict
 * @param inconclusiveReason why no verdict could be given; empty unless {@link
 *     Outcome#INCONCLUSIVE}
 */
public record RetentionVerdict(
    Outcome outcome,
    int checked,
    int retainedCount,
    List<RetainedObject> retained,
    long fullCollections,
    String collector,
    Duration elapsed,
    String inconclusiveReason) {

  /** Validates and copies. */
  public RetentionVerdict {
    Objects.requireNonNull(outcome, "outcome");
    retained = List.copyOf(retained);
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(inconclusiveReason, "inconclusiveReason");
  }

  /** Whether every watched object was proven collectable. */
  public boolean released() {
    return outcome == Outcome.RELEASED;
  }
}
