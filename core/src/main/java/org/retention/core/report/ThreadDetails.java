package org.retention.core.report;

import java.util.List;

/**
 * What a thread check ({@link CheckKind#THREADS}) found still alive after the linger.
 *
 * <pre>{@code
 * details.threads().forEach(thread -> System.out.println('"' + thread.name() + '"'));
 * }</pre>
 *
 * @param threads the threads started in the check's scope and still alive; empty for a pass
 */
public record ThreadDetails(List<LeakedThreadRecord> threads) implements CheckDetails {
  /** Copies. */
  public ThreadDetails {
    threads = List.copyOf(threads);
  }

  @Override
  public boolean fits(CheckKind kind) {
    return kind == CheckKind.THREADS;
  }
}
