package org.retention.samples.plugin;

/**
 * Runs one plugin and replaces it with a new version on {@link #reload()}.
 *
 * <pre>{@code
 * try (PluginHost host = new FixedPluginHost()) {
 *   host.reload();                       // version 1
 *   ClassLoader v1 = host.currentLoader();
 *   host.reload();                       // version 2: v1 must be collectable now
 * }
 * }</pre>
 */
public interface PluginHost extends AutoCloseable {
  /** Loads the next version of the plugin with a new class loader and starts it. */
  void reload();

  /** The loader of the version running now. */
  ClassLoader currentLoader();

  /** Stops the version running now. */
  @Override
  void close();
}
