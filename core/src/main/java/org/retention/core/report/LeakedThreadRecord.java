package org.retention.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One thread a check found still alive, as the report records it.
 *
 * <pre>{@code
 * new LeakedThreadRecord("pool-3-thread-1", "WAITING", false, "ThreadPoolExecutor",
 *     List.of("com.acme.Client.connect(Client.java:88)"));
 * }</pre>
 *
 * @param name the thread's name
 * @param state its state, as {@link Thread.State} names it
 * @param daemon whether it is a daemon thread
 * @param owner the executor, pool or timer it belongs to, such as {@code ThreadPoolExecutor};
 *     empty when not recognised
 * @param startedAt the frames of the code that started it, top first; empty when unknown
 */
public record LeakedThreadRecord(
    String name, String state, boolean daemon, String owner, List<String> startedAt) {
  /** Validates and copies. */
  public LeakedThreadRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(owner, "owner");
    startedAt = List.copyOf(startedAt);
  }
}
