package org.retention.junit;

/** A plugin class: the class-loader tests load a copy of it with a loader of their own. */
public final class PluginWidget {
  /** A new loader that defines its own copy of this class; its parent cannot see it. */
  static ClassLoader newPluginLoader() {
    return new java.net.URLClassLoader("plugin v1",
        new java.net.URL[] {PluginWidget.class.getProtectionDomain().getCodeSource().getLocation()},
        ClassLoader.getPlatformClassLoader());
  }

  /** An instance of the copy that {@code loader} defines. */
  static Object newInstance(ClassLoader loader) {
    try {
      return loader.loadClass(PluginWidget.class.getName()).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
