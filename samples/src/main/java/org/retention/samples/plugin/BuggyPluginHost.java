package org.retention.samples.plugin;

/**
 * The shipped host: {@link #reload()} starts the new version and drops the old one without
 * stopping it. The old version's listener stays in {@link HostEvents}, so its class and its
 * loader stay too: every reload keeps one more class loader.
 */
public final class BuggyPluginHost implements PluginHost {
  private int version;
  private Plugin current;
  private ClassLoader currentLoader;

  @Override
  public void reload() {
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
    }
  }
}
