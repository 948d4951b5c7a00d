package org.retention.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.retention.assertj.RetentionAssertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Maps whose values are plugin class loaders or plugin classes: watched like any object, since
 * their loader can be collected, and explained through the plugin's class and loader.
 */
class RetentionMapAssert_classLoaders_Test {
  static final List<Object> REGISTRY = new ArrayList<>();

  @AfterEach
  void forget() {
    REGISTRY.clear();
  }

  @Test
  void should_pass_when_a_cleared_map_of_plugin_loaders_held_their_last_reference() {
    assertThat(plugins(PluginKind.LOADER)).releasesValuesAfterClear();
  }

  @Test
  void should_fail_through_the_plugin_class_when_a_plugin_instance_keeps_its_loader() {
    // GIVEN a host registry that keeps an instance of the plugin
    Map<String, Object> loaders = plugins(PluginKind.LOADER);
    REGISTRY.add(newWidget((ClassLoader) loaders.get("plugin v1")));
    // WHEN
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(loaders).releasesValuesAfterClear());
    // THEN
    assertThat(error.getMessage())
        .contains("1 of 1 is still strongly reachable after ")
        .contains(String.join(System.lineSeparator(),
            "  GC root: static field " + getClass().getName() + ".REGISTRY",
            "    ArrayList.elementData",
            "    Object[][0]",
            "    class " + PluginWidget.class.getName(),
            "    loaded by java.net.URLClassLoader",
            "    -> java.net.URLClassLoader"));
  }

  @Test
  void should_pass_when_a_cleared_map_of_plugin_classes_held_their_last_reference() {
    assertThat(plugins(PluginKind.CLASS)).releasesValuesAfterClear();
  }

  @Test
  void should_fail_naming_the_plugin_class_when_the_host_keeps_it() {
    // GIVEN a host cache of plugin types
    Map<String, Object> classes = plugins(PluginKind.CLASS);
    REGISTRY.add(classes.get("plugin v1"));
    // WHEN
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(classes).releasesValuesAfterClear());
    // THEN
    assertThat(error.getMessage())
        .contains("  value class " + PluginWidget.class.getName() + " (java.lang.Class, retains ")
        .contains(String.join(System.lineSeparator(),
            "  GC root: static field " + getClass().getName() + ".REGISTRY",
            "    ArrayList.elementData",
            "    Object[][0]",
            "    -> java.lang.Class"));
  }

  private enum PluginKind { LOADER, CLASS }

  /** One plugin, loaded by a new loader whose parent cannot see the plugin's classes. */
  private static Map<String, Object> plugins(PluginKind kind) {
    URL classes = PluginWidget.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader loader =
        new URLClassLoader("plugin v1", new URL[] {classes}, ClassLoader.getPlatformClassLoader());
    Map<String, Object> plugins = new HashMap<>();
    plugins.put("plugin v1", kind == PluginKind.LOADER ? loader : widgetClass(loader));
    return plugins;
  }

  private static Class<?> widgetClass(ClassLoader loader) {
    try {
      return loader.loadClass(PluginWidget.class.getName());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object newWidget(ClassLoader loader) {
    try {
      return widgetClass(loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
