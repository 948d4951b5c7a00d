package org.retention.core.internal.threads;

import java.util.List;

/**
 * A thread that outlived its check, as it was seen when the linger ran out.
 *
 * @param id the thread's id, to tell it from a thread of the same name
 * @param name its name
 * @param state its {@link Thread.State}, such as {@code WAITING}
 * @param daemon whether it is a daemon thread
 * @param owner the executor, pool or timer it belongs to, such as {@code "a ThreadPoolExecutor
 *     worker"}; empty when not recognised
 * @param frames its stack, the top first, as a stack trace prints them
 * @param startedAt where it was started, the first frame outside the JDK first; empty when unknown
 */
public record LeakedThread(long id, String name, String state, boolean daemon, String owner,
    List<String> frames, List<String> startedAt) {

  /** Copies. */
  public LeakedThread {
    frames = List.copyOf(frames);
    startedAt = List.copyOf(startedAt);
  }
}
