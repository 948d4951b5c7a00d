package org.retention.junit;

import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;
import static org.retention.junit.Fixtures.LEAKED;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.explain.ExplainSettings;

/** A tracked plugin class loader is watched like any object and explained through its classes. */
class RetentionTracker_classLoaders_Test {

  @AfterEach
  void forgetLeaks() {
    LEAKED.clear();
  }

  @Test
  void should_fail_through_the_plugin_class_when_an_instance_keeps_the_loader() {
    // WHEN
    Events events = Fixtures.run(PluginFixture.class, Map.of(ExplainSettings.EXPLAIN, "true"));
    // THEN
    events.assertThatEvents()
        .haveExactly(1, event(test("unloads"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaks"), finishedWithFailure(message(m ->
            m.contains("1 of 1 is still strongly reachable after ")
            && m.contains("  object plugin v1 (java.net.URLClassLoader, retains ")
            && m.contains("  GC root: static field " + Fixtures.class.getName() + ".LEAKED")
            && m.contains(String.join(System.lineSeparator(),
                "    class " + PluginWidget.class.getName(),
                "    loaded by java.net.URLClassLoader",
                "    -> java.net.URLClassLoader"))))));
  }

  static class PluginFixture {
    @Test
    @NoRetentionAfter
    void leaks(RetentionTracker tracker) {
      ClassLoader pluginLoader = tracker.track(PluginWidget.newPluginLoader(), "plugin v1");
      LEAKED.add(PluginWidget.newInstance(pluginLoader));
    }

    @Test
    @NoRetentionAfter
    void unloads(RetentionTracker tracker) {
      ClassLoader pluginLoader = tracker.track(PluginWidget.newPluginLoader(), "plugin v1");
      PluginWidget.newInstance(pluginLoader);
    }
  }
}
