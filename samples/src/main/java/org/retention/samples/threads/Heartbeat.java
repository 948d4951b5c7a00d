package org.retention.samples.threads;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Beats every second on a {@link Timer}. The shipped {@link #stop()} cancels the task but not the
 * timer, whose thread, {@code "Timer-N"}, waits for the next task forever; {@link
 * #stopAndCancelTimer()} is the fix.
 *
 * <pre>{@code
 * Heartbeat heartbeat = new Heartbeat();
 * heartbeat.start();
 * heartbeat.stopAndCancelTimer();
 * }</pre>
 */
public class Heartbeat {
  final Timer timer = new Timer();
  private final TimerTask beat = new TimerTask() {
    @Override
    public void run() {
      beats++;
    }
  };
  private volatile int beats;

  /** Starts beating. */
  public void start() {
    timer.schedule(beat, 1_000, 1_000);
  }

  /** The shipped stop: cancels the task only. */
  public void stop() {
    beat.cancel();
  }

  /** The fix: cancel the timer, which ends its thread. */
  public void stopAndCancelTimer() {
    timer.cancel();
  }
}
