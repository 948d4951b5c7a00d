package org.retention.samples.plugin;

/**
 * What the host calls on a plugin. Implementations live in the plugin's own class loader.
 *
 * <pre>{@code
 * plugin.start();   // subscribes to HostEvents
 * plugin.stop();    // unsubscribes
 * }</pre>
 */
public interface Plugin {
  /** Starts the plugin: it subscribes to the host's events. */
  void start();

  /** Stops the plugin: it lets go of everything the host holds for it. */
  void stop();
}
