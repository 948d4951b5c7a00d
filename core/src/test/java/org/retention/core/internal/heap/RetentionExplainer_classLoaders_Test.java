package org.retention.core.internal.heap;

import org.retention.core.internal.text.ExplanationMessages;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RetentionPath;
import org.retention.core.explain.RootKind;
import org.retention.core.probe.Outcome;

/**
 * The class-loader leaks teams ship (plugin reloads, redeploys), each explained with its root
 * kind and the chain from that root through the plugin's class to its loader, and each beside its
 * fixed twin, whose loader the VM really collects.
 */
class RetentionExplainer_classLoaders_Test {
  private static final String PLUGIN = PluginLoader.PLUGIN_PACKAGE;
  private static final String LOADED_BY = "loaded by " + PluginLoader.class.getName();

  /** Every plugin started, to stop those a test leaked; weakly, so as to hold none of them. */
  private final List<WeakReference<Host.Plugin>> started = new ArrayList<>();

  @BeforeEach
  void startHostPools() {
    Host.workers = Executors.newFixedThreadPool(1, named("pooled-worker"));
    ((ThreadPoolExecutor) Host.workers).prestartAllCoreThreads();
  }

  @AfterEach
  void stopEverything() {
    started.stream().map(WeakReference::get).filter(plugin -> plugin != null)
        .forEach(Host.Plugin::stop);
    Host.PLUGINS.clear();
    Host.TypeFactory.DEFAULT.clearCache();
    Host.BeanCache.flushCaches();
    Host.workers.shutdownNow();
    if (Host.sharedPool != null) {
      Host.sharedPool.shutdownNow();
      Host.sharedPool = null;
    }
  }

  @Test
  void a_plugin_instance_cached_in_a_static_map_of_the_host() {
    Explanation explanation = Leaks.explain(() -> loaderOf(start("CachingPlugin")));

    assertPath(explanation, RootKind.STATIC_FIELD, "static field " + Host.class.getName() + ".PLUGINS",
        "HashMap.table", "HashMap$Node[][*]", "HashMap$Node.value",
        "class " + PLUGIN + "CachingPlugin", LOADED_BY);
  }

  @Test
  void a_plugin_that_unregisters_on_stop_is_released() {
    assertReleased(() -> loaderOf(stop(start("CachingPlugin"))));
  }

  @Test
  void a_plugin_class_in_a_parent_type_cache_is_strongly_held_by_the_cache() {
    Explanation explanation = Leaks.explain(() -> start("TypedPlugin").getClass());

    assertPath(explanation, RootKind.STATIC_FIELD,
        "static field " + Host.TypeFactory.class.getName() + ".DEFAULT",
        "Host$TypeFactory.typeCache", "HashMap.table", "HashMap$Node[][*]", "HashMap$Node.value",
        "Host$ResolvedType.rawClass");
    assertThat(ExplanationMessages.of(explanation))
        .contains("  value class " + PLUGIN + "TypedPlugin (java.lang.Class, retains ")
        .doesNotContain("java.lang.ref.Reference").doesNotContain("RetentionProbe");
  }

  @Test
  void a_plugin_class_whose_type_cache_is_cleared_is_released() {
    assertReleased(() -> stop(start("TypedPlugin")).getClass());
  }

  @Test
  void a_pool_thread_created_while_the_plugin_loader_was_the_context_loader() {
    Host.sharedPool = Executors.newFixedThreadPool(1, named("shared-pool"));

    Explanation explanation = Leaks.explain(() -> loaderOf(start("PoolUsingPlugin")));

    assertPath(explanation, RootKind.THREAD, "thread \"shared-pool\" (java.lang.Thread)",
        "Thread.contextClassLoader");
  }

  @Test
  void a_pool_whose_threads_the_host_started_is_released() {
    Host.sharedPool = Executors.newFixedThreadPool(1, named("shared-pool"));
    ((ThreadPoolExecutor) Host.sharedPool).prestartAllCoreThreads();

    assertReleased(() -> loaderOf(start("PoolUsingPlugin")));
  }

  @Test
  void a_thread_local_of_a_pooled_thread_holding_a_plugin_object() {
    Explanation explanation = Leaks.explain(() -> loaderOf(start("ThreadLocalPlugin")));

    assertPath(explanation, RootKind.THREAD_LOCAL, "ThreadLocal value of thread \"pooled-worker\"",
        "Thread.threadLocals", "ThreadLocal$ThreadLocalMap.table",
        "ThreadLocal$ThreadLocalMap$Entry[][*]", "ThreadLocal$ThreadLocalMap$Entry.value",
        "class " + PLUGIN + "ThreadLocalPlugin$Context", LOADED_BY);
  }

  @Test
  void a_thread_local_removed_by_the_plugin_is_released() {
    assertReleased(() -> loaderOf(stop(start("ThreadLocalPlugin"))));
  }

  @Test
  void a_driver_never_deregistered_from_the_driver_manager() {
    Explanation explanation = Leaks.explain(() -> loaderOf(start("PluginDriver")));

    assertPath(explanation, RootKind.STATIC_FIELD,
        "static field java.sql.DriverManager.registeredDrivers",
        "CopyOnWriteArrayList.array", "Object[][*]", "DriverInfo.driver",
        "class " + PLUGIN + "PluginDriver", LOADED_BY);
  }

  @Test
  void a_deregistered_driver_is_released() {
    assertReleased(() -> loaderOf(stop(start("PluginDriver"))));
  }

  @Test
  void a_shutdown_hook_started_by_plugin_code() {
    Explanation explanation = Leaks.explain(() -> loaderOf(start("HookPlugin")));

    assertPath(explanation, RootKind.STATIC_FIELD,
        "static field java.lang.ApplicationShutdownHooks.hooks",
        "IdentityHashMap.table", "Object[][*]", "class " + PLUGIN + "HookPlugin$Hook", LOADED_BY);
  }

  @Test
  void a_removed_shutdown_hook_is_released() {
    assertReleased(() -> loaderOf(stop(start("HookPlugin"))));
  }

  @Test
  void a_soft_only_cache_says_softly_reachable_only_with_the_path_through_the_cache() {
    Explanation explanation = Leaks.explain(() -> loaderOf(start("BeanPlugin")));

    RetentionPath path = explanation.paths().get(0);
    assertThat(path.reachability()).isEqualTo(Reachability.SOFT);
    assertThat(path.root().description())
        .isEqualTo("static field " + Host.BeanCache.class.getName() + ".CACHE");
    assertThat(chain(path)).containsExactly("HashMap.table", "HashMap$Node[][*]",
        "HashMap$Node.value", "SoftReference.referent", "Host$BeanInfo.beanClass", LOADED_BY);
    assertThat(ExplanationMessages.of(explanation))
        .contains("1 of 1 is still softly reachable only after")
        .contains("  softly reachable only: held through java.lang.ref.SoftReference.referent;")
        .doesNotContain("RetentionProbe");
  }

  @Test
  void a_flushed_soft_cache_is_released() {
    assertReleased(() -> loaderOf(stop(start("BeanPlugin"))));
  }

  /**
   * Loads the plugin with a new loader and starts it as an application server would, with its
   * loader as the context loader.
   */
  private Host.Plugin start(String simpleName) {
    Host.Plugin plugin = PluginLoader.load("plugin v1", simpleName);
    started.add(new WeakReference<>(plugin));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(plugin.getClass().getClassLoader());
    try {
      plugin.start();
    } finally {
      thread.setContextClassLoader(previous);
    }
    return plugin;
  }

  private static Host.Plugin stop(Host.Plugin plugin) {
    plugin.stop();
    return plugin;
  }

  private static ClassLoader loaderOf(Host.Plugin plugin) {
    return plugin.getClass().getClassLoader();
  }

  private static void assertReleased(Supplier<?> unloaded) {
    Explanation explanation = Leaks.explain(unloaded);
    assertThat(explanation.verdict().outcome()).as(() -> ExplanationMessages.of(explanation))
        .isEqualTo(Outcome.RELEASED);
  }

  private static void assertPath(
      Explanation explanation, RootKind kind, String root, String... steps) {
    assertThat(explanation.paths()).as(() -> ExplanationMessages.of(explanation)).isNotEmpty();
    RetentionPath path = explanation.paths().get(0);
    assertThat(path.reachability()).isEqualTo(Reachability.STRONG);
    assertThat(path.root().kind()).isEqualTo(kind);
    assertThat(path.root().description()).isEqualTo(root);
    assertThat(chain(path)).as(() -> ExplanationMessages.of(explanation)).containsExactly(steps);
    assertThat(ExplanationMessages.of(explanation)).contains("is still strongly reachable after")
        .contains("  GC root: " + root + System.lineSeparator());
  }

  /** The path's steps as a message shows them, array indices (which vary) as {@code *}. */
  private static List<String> chain(RetentionPath path) {
    return path.steps().stream().map(step -> step.kind() == PathStep.Kind.ARRAY_ELEMENT
        ? step.text().replaceAll("\\[\\d+]$", "[*]") : step.text()).toList();
  }

  private static java.util.concurrent.ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
