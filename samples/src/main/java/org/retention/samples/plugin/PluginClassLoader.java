package org.retention.samples.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One version of a plugin, as application servers and IDEs load it: child-first for the plugin's
 * package, so each version defines its own classes; the host's API comes from the parent.
 *
 * <pre>{@code
 * Plugin plugin = new PluginClassLoader("greeting v2").newPlugin();
 * }</pre>
 */
public final class PluginClassLoader extends ClassLoader {
  private static final String PLUGIN_PACKAGE = "org.retention.samples.plugin.greeting.";
  private static final String PLUGIN_CLASS = PLUGIN_PACKAGE + "GreetingPlugin";

  /** A loader for one version, named as the host names the version. */
  public PluginClassLoader(String version) {
    super(version, PluginClassLoader.class.getClassLoader());
  }

  /** A new instance of the plugin, as this version defines it. */
  public Plugin newPlugin() {
    try {
      return (Plugin) loadClass(PLUGIN_CLASS).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + PLUGIN_CLASS, e);
    }
  }

  /** The version, as messages name the loader: {@code greeting v2}. */
  @Override
  public String toString() {
    return getName();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(PLUGIN_PACKAGE)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded != null) {
        return loaded;
      }
      try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
        if (in == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
