package org.retention.samples.plugin;

/** The fix: {@link #reload()} stops the old version, which unsubscribes it, before the new one. */
public final class FixedPluginHost implements PluginHost {
  private int version;
  private Plugin current;
  private ClassLoader currentLoader;

  @Override
  public void reload() {
    close();
    version++;
    PluginClassLoader loader = new PluginClassLoader("greeting v" + version);
    current = loader.newPlugin();
    currentLoader = loader;
    current.start();
  }

  @Override
  public ClassLoader currentLoader() {
    return currentLoader;
  }

  @Override
  public void close() {
    if (current != null) {
      current.stop();
      current = null;
    }
  }
}
