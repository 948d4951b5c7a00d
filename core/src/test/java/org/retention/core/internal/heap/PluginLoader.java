package org.retention.core.internal.heap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A plugin's class loader, as application servers and build daemons make one per deployment:
 * child-first for the classes of {@link #PLUGIN_PACKAGE}, which it defines anew from the test
 * classes' bytes; everything else (the host's API and caches) comes from its parent.
 */
public final class PluginLoader extends ClassLoader {
  static final String PLUGIN_PACKAGE = "org.retention.core.internal.heap.plugin.";

  PluginLoader(String name) {
    super(name, PluginLoader.class.getClassLoader());
  }

  /** A new loader with a new instance of the plugin class {@code simpleName}, not yet started. */
  static Host.Plugin load(String name, String simpleName) {
    try {
      return (Host.Plugin) new PluginLoader(name).loadClass(PLUGIN_PACKAGE + simpleName)
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
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
