package org.retention.core.internal.heap;

import org.retention.core.internal.text.ExplanationMessages;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.RetentionPath;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.probe.RetentionProbe;

/** The leak shapes teams ship, each explained with its root kind and field chain. */
class RetentionExplainer_corpus_Test {
  static final List<Object> RECENT = new ArrayList<>();
  static final List<Listener> LISTENERS = new ArrayList<>();
  static final Map<Key, Value> CANONICAL = new WeakHashMap<>();
  static final LruCache<String, Object> CACHE = new LruCache<>(16);
  static final List<Outer.Inner> INNERS = new ArrayList<>();
  static SoftReference<Object> softly;
  static Class<?> isolatedHolder;

  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void forget() {
    release.countDown();
    RECENT.clear();
    LISTENERS.clear();
    CANONICAL.clear();
    CACHE.clear();
    INNERS.clear();
    softly = null;
    isolatedHolder = null;
  }

  @Test
  void a_static_list() {
    Explanation explanation = Leaks.explain(() -> {
      RECENT.add("padding");
      StringBuilder session = new StringBuilder("session-17");
      RECENT.add(session);
      return session;
    });

    assertThat(ExplanationMessages.of(explanation)).isEqualTo(String.join(System.lineSeparator(),
        VerdictLine.of(explanation, "strongly reachable"),
        "  value \"session-17\" (java.lang.StringBuilder, retains 72 bytes)",
        "  GC root: static field " + getClass().getName() + ".RECENT",
        "    ArrayList.elementData",
        "    Object[][1]",
        "    -> java.lang.StringBuilder",
        "  suspect reference: Object[][1] -> java.lang.StringBuilder (break it to free 72 bytes)",
        "  leak fingerprint: " + explanation.paths().get(0).fingerprint(),
        ""));
    assertThat(explanation.paths().get(0).root().kind()).isEqualTo(RootKind.STATIC_FIELD);
  }

  @Test
  void a_listener_in_a_static_registry() {
    Explanation explanation = Leaks.explain(() -> {
      Session session = new Session();
      LISTENERS.add(new Listener(session));
      return session;
    });

    assertPath(explanation, RootKind.STATIC_FIELD,
        "static field " + getClass().getName() + ".LISTENERS",
        "ArrayList.elementData", "Object[][0]",
        "RetentionExplainer_corpus_Test$Listener.session");
  }

  @Test
  void a_thread_local_of_another_live_thread() throws InterruptedException {
    AtomicReference<Object> handOff = new AtomicReference<>();
    CountDownLatch set = new CountDownLatch(1);
    ThreadLocal<Object> local = new ThreadLocal<>();
    Thread thread = new Thread(() -> {
      local.set(handOff.getAndSet(null));
      set.countDown();
      awaitRelease();
    }, "thread-local-holder");
    thread.setDaemon(true);

    Explanation explanation = Leaks.explain(() -> {
      Session session = new Session();
      handOff.set(session);
      thread.start();
      await(set);
      return session;
    });

    assertPath(explanation, RootKind.THREAD_LOCAL,
        "ThreadLocal value of thread \"thread-local-holder\"",
        "Thread.threadLocals", "ThreadLocal$ThreadLocalMap.table",
        "ThreadLocal$ThreadLocalMap$Entry[][" + indexOfTable(explanation) + "]",
        "ThreadLocal$ThreadLocalMap$Entry.value");
    Reference.reachabilityFence(local);
  }

  @Test
  void a_local_variable_of_a_method_running_in_another_thread() {
    AtomicReference<Object> handOff = new AtomicReference<>();
    CountDownLatch holding = new CountDownLatch(1);
    Thread thread = new Thread(() -> holdInLocalVariable(handOff, holding), "local-holder");
    thread.setDaemon(true);

    Explanation explanation = Leaks.explain(() -> {
      Session session = new Session();
      handOff.set(session);
      thread.start();
      await(holding);
      return session;
    });

    RetentionPath path = explanation.paths().get(0);
    assertThat(path.root().kind()).isEqualTo(RootKind.THREAD_STACK);
    assertThat(path.root().description())
        .startsWith("local variable in " + getClass().getName() + ".holdInLocalVariable(")
        .endsWith(", on the stack of thread \"local-holder\"");
    assertThat(path.steps()).isEmpty();
  }

  @Test
  void a_local_variable_of_the_test_itself() {
    Session mine = new Session();
    RetentionProbe probe = RetentionProbe.builder().watch("value", mine, null).build();

    Explanation explanation =
        RetentionExplainer.explain(probe, probe.awaitRelease(), ExplainSettings.DEFAULTS);

    assertThat(explanation.paths().get(0).root().description())
        .startsWith("local variable in " + getClass().getName()
            + ".a_local_variable_of_the_test_itself(");
    Reference.reachabilityFence(mine);
  }

  @Test
  void the_outer_instance_of_a_non_static_inner_class() {
    Explanation explanation = Leaks.explain(() -> {
      Outer outer = new Outer();
      INNERS.add(outer.new Inner());
      return outer;
    });

    assertPath(explanation, RootKind.STATIC_FIELD,
        "static field " + getClass().getName() + ".INNERS",
        "ArrayList.elementData", "Object[][0]",
        "RetentionExplainer_corpus_Test$Outer$Inner.this$0");
  }

  @Test
  void a_weak_hash_map_value_that_refers_to_its_own_key() {
    Explanation explanation = Leaks.explain(() -> {
      Key key = new Key();
      CANONICAL.put(key, new Value(key));
      return key;
    });

    RetentionPath path = explanation.paths().get(0);
    assertThat(path.root().description())
        .isEqualTo("static field " + getClass().getName() + ".CANONICAL");
    assertThat(path.steps()).extracting(PathStep::signature).containsExactly(
        "java.util.WeakHashMap.table", "java.util.WeakHashMap$Entry[][]",
        "java.util.WeakHashMap$Entry.value",
        getClass().getName() + "$Value.key");
  }

  @Test
  void a_static_field_of_a_class_loaded_by_a_custom_class_loader() throws Exception {
    isolatedHolder = new IsolatingLoader().define(Holder.class);
    Explanation explanation = Leaks.explain(() -> {
      Session session = new Session();
      try {
        isolatedHolder.getField("HELD").set(null, session);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      return session;
    });

    assertPath(explanation, RootKind.STATIC_FIELD, "static field " + Holder.class.getName()
        + ".HELD (class loaded by " + IsolatingLoader.class.getName() + ")");
  }

  @Test
  void an_entry_of_a_cache_built_on_linked_hash_map() {
    Explanation explanation = Leaks.explain(() -> {
      Session session = new Session();
      CACHE.put("alice", session);
      return session;
    });

    assertPath(explanation, RootKind.STATIC_FIELD,
        "static field " + getClass().getName() + ".CACHE",
        "LinkedHashMap.head", "HashMap$Node.value");
  }

  @Test
  void a_softly_reachable_only_value_is_said_to_be_so() {
    Explanation explanation = Leaks.explain(() -> {
      Session session = new Session();
      softly = new SoftReference<>(session);
      return session;
    });

    RetentionPath path = explanation.paths().get(0);
    assertThat(path.reachability()).isEqualTo(Reachability.SOFT);
    assertThat(ExplanationMessages.of(explanation))
        .contains("1 of 1 is still softly reachable only after")
        .contains("  softly reachable only: held through java.lang.ref.SoftReference.referent;"
            + " the JVM clears soft references only under memory pressure")
        .contains("    SoftReference.referent" + System.lineSeparator())
        .doesNotContain("released");
  }

  private void assertPath(
      Explanation explanation, RootKind kind, String root, String... steps) {
    RetentionPath path = explanation.paths().get(0);
    assertThat(path.reachability()).isEqualTo(Reachability.STRONG);
    assertThat(path.root().kind()).isEqualTo(kind);
    assertThat(path.root().description()).isEqualTo(root);
    assertThat(path.steps()).extracting(PathStep::text).containsExactly(steps);
    assertThat(ExplanationMessages.of(explanation)).contains("is still strongly reachable after")
        .contains("  GC root: " + root + System.lineSeparator())
        .contains("    -> " + path.object().className() + System.lineSeparator());
  }

  private static int indexOfTable(Explanation explanation) {
    return explanation.paths().get(0).steps().get(2).arrayIndex();
  }

  private void holdInLocalVariable(AtomicReference<Object> handOff, CountDownLatch holding) {
    Object held = handOff.getAndSet(null);
    holding.countDown();
    awaitRelease();
    Reference.reachabilityFence(held);
  }

  private void awaitRelease() {
    await(release);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The verdict's first line, which holds a timing that varies. */
  static final class VerdictLine {
    static String of(Explanation explanation, String reachability) {
      return org.retention.core.internal.text.VerdictMessages.summary(explanation.verdict(), reachability)
          + ":";
    }
  }

  static final class Session {
    final byte[] state = new byte[100];
  }

  record Listener(Session session) {}

  static final class Key {}

  record Value(Key key) {}

  static final class Outer {
    final class Inner {}
  }

  /** Loaded only by {@link IsolatingLoader}: its static field is that loader's class's. */
  public static final class Holder {
    public static Object HELD;
  }

  static final class LruCache<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    LruCache(int capacity) {
      super(16, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > capacity;
    }
  }

  static final class IsolatingLoader extends ClassLoader {
    IsolatingLoader() {
      super(IsolatingLoader.class.getClassLoader());
    }

    Class<?> define(Class<?> type) throws IOException {
      String resource = type.getName().replace('.', '/') + ".class";
      try (InputStream in = getParent().getResourceAsStream(resource)) {
        byte[] bytes = in.readAllBytes();
        return defineClass(type.getName(), bytes, 0, bytes.length);
      }
    }
  }
}
