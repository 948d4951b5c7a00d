package org.retention.core.internal.heap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.RootKind;

/**
 * The GC roots of an indexed dump as seeds of a breadth-first search, best first (static fields
 * by class name, then root records in the order that names a live thread as a thread), and how a
 * message names each. A growth search and a retention search must name roots alike, so that their
 * messages and fingerprints read the same.
 *
 * <pre>{@code
 * HeapRoots roots = new HeapRoots(index);
 * GcRoot root = roots.describe(seed, rootObject, steps);
 * }</pre>
 */
final class HeapRoots {
  private static final List<Integer> ROOT_ORDER = List.of(0x08, 0x03, 0x01, 0x02, 0x07, 0x04,
      0x05, 0x06, 0xFF);
  private static final Set<String> ORDINARY_LOADERS = Set.of(
      "jdk.internal.loader.ClassLoaders$AppClassLoader",
      "jdk.internal.loader.ClassLoaders$PlatformClassLoader");

  private final HprofIndex heap;
  /** A seed is a static field ({@code StaticRoot}) or a root record, best first. */
  private final List<Object> seeds = new ArrayList<>();
  private final List<Integer> seedObjects = new ArrayList<>();

  private record StaticRoot(HprofIndex.ClassInfo type, String field) {}

  HeapRoots(HprofIndex heap) {
    this.heap = heap;
    List<HprofIndex.ClassInfo> classes = new ArrayList<>();
    heap.classes().forEach(classes::add);
    classes.sort(Comparator.comparing(type -> type.name));
    for (HprofIndex.ClassInfo type : classes) {
      for (int i = 0; i < type.staticNames.length; i++) {
        add(new StaticRoot(type, type.staticNames[i]), type.staticValues[i]);
      }
    }
    for (int tag : ROOT_ORDER) {
      heap.roots.stream().filter(root -> root.tag() == tag)
          .forEach(root -> add(root, root.objectId()));
    }
  }

  private void add(Object seed, long id) {
    int index = heap.indexOf(id);
    if (index >= 0) {
      seeds.add(seed);
      seedObjects.add(index);
    }
  }

  int count() {
    return seeds.size();
  }

  /** The object the seed holds. */
  int object(int seed) {
    return seedObjects.get(seed);
  }

  /** The class whose static field the seed is; empty for other roots. */
  Optional<String> staticOwner(int seed) {
    return seeds.get(seed) instanceof StaticRoot field
        ? Optional.of(field.type().name) : Optional.empty();
  }

  /**
   * Whether the seed is a class's resolved constants ({@code <resolved_references>}): the string
   * constants and call sites that running its code links in, as many as the code has, never more.
   */
  boolean isResolvedConstants(int seed) {
    return seeds.get(seed) instanceof StaticRoot field
        && field.field().equals("<resolved_references>");
  }

  /** The class whose method a stack-frame seed runs; empty for other roots. */
  Optional<String> frameClass(int seed) {
    return seeds.get(seed) instanceof HprofIndex.Root root && root.tag() == 0x03
        ? frame(root).map(HprofIndex.Frame::className) : Optional.empty();
  }

  /** The root of a path that starts at {@code seed}'s {@code object} and goes on by {@code steps}. */
  GcRoot describe(int seed, int object, List<PathStep> steps) {
    if (seeds.get(seed) instanceof StaticRoot field) {
      String name = field.type().name + "." + field.field();
      HprofIndex.ClassInfo loader = field.type().loaderId == 0 ? null
          : heap.indexOf(field.type().loaderId) < 0 ? null
          : heap.classOf(heap.indexOf(field.type().loaderId));
      String loaderNote = loader == null || ORDINARY_LOADERS.contains(loader.name)
          ? "" : " (class loaded by " + loader.name + ")";
      return new GcRoot(RootKind.STATIC_FIELD, "static field " + name + loaderNote,
          "static " + Fingerprints.normalize(name));
    }
    HprofIndex.Root root = (HprofIndex.Root) seeds.get(seed);
    String thread = threadName(root.threadSerial());
    return switch (root.tag()) {
      case 0x03 -> {
        Optional<HprofIndex.Frame> frame = frame(root);
        String method = frame.map(f -> f.className() + "." + f.method()).orElse("an unknown method");
        String where = frame.map(f -> "(" + (f.sourceFile() == null ? "?" : f.sourceFile())
            + (f.line() > 0 ? ":" + f.line() : "") + ")").orElse("");
        yield new GcRoot(RootKind.THREAD_STACK, "local variable in " + method + where
            + ", on the stack of thread " + thread, "stack " + Fingerprints.normalize(method));
      }
      case 0x08 -> !steps.isEmpty() && steps.get(0).holderClass().equals("java.lang.Thread")
          && steps.get(0).field().endsWith("hreadLocals")
          ? new GcRoot(RootKind.THREAD_LOCAL, "ThreadLocal value of thread " + thread,
              "thread-local " + steps.get(0).field())
          : new GcRoot(RootKind.THREAD, "thread " + thread + " (" + heap.classNameOf(object) + ")",
              "thread " + Fingerprints.normalize(heap.classNameOf(object)));
      case 0x01 -> new GcRoot(RootKind.JNI, "JNI global reference", "jni-global");
      case 0x02 -> new GcRoot(RootKind.JNI, "JNI local reference on the stack of thread " + thread,
          "jni-local");
      case 0x04 -> new GcRoot(RootKind.JNI, "native stack of thread " + thread, "native-stack");
      case 0x07 -> new GcRoot(RootKind.MONITOR,
          "monitor of a synchronized block still running", "monitor");
      default -> new GcRoot(RootKind.VM_INTERNAL, "VM internal reference (HPROF root 0x"
          + Integer.toHexString(root.tag()) + ")", "vm-" + root.tag());
    };
  }

  private Optional<HprofIndex.Frame> frame(HprofIndex.Root root) {
    HprofIndex.ThreadInfo thread = heap.threads.get(root.threadSerial());
    if (thread == null) {
      return Optional.empty();
    }
    List<HprofIndex.Frame> frames = heap.stackTrace(thread.traceSerial());
    return root.frame() >= 0 && root.frame() < frames.size()
        ? Optional.ofNullable(frames.get(root.frame()))
        : Optional.empty();
  }

  private String threadName(int serial) {
    HprofIndex.ThreadInfo thread = heap.threads.get(serial);
    int index = thread == null ? -1 : heap.indexOf(thread.objectId());
    String name = index < 0 ? null : heap.stringValue(heap.indexOf(heap.field(index, "name")));
    return name == null ? "#" + serial : "\"" + name + "\"";
  }
}
