package org.retention.core.internal.heap;

import java.util.List;
import java.util.Optional;
import org.retention.core.explain.Fingerprints;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.RootKind;

/**
 * Words a seed as the {@link GcRoot} a message shows: a static field with its class (and its
 * loader when that loader may be unloaded), a local variable with its method and thread, a
 * thread, a thread's {@code ThreadLocal} values, a JNI reference, a monitor.
 *
 * <pre>{@code
 * GcRoot root = new RootDescriptions(heap).describe(seed, steps);
 * root.description();   // "static field org.example.AuditLog.RECENT"
 * }</pre>
 */
final class RootDescriptions {
  private final HprofIndex heap;

  RootDescriptions(HprofIndex heap) {
    this.heap = heap;
  }

  /** The root that {@code seed} is, for a path that goes on with {@code steps}. */
  GcRoot describe(RootSeeds.Seed seed, List<PathStep> steps) {
    return seed instanceof RootSeeds.StaticField field
        ? staticField(field)
        : rootRecord((RootSeeds.RootRecord) seed, steps);
  }

  private GcRoot staticField(RootSeeds.StaticField field) {
    String name = field.type().name + "." + field.field();
    String loaderNote = heap.isOrdinaryLoader(field.type().loaderId) ? "" : " (class loaded by "
        + Fingerprints.readable(heap.loaderClassName(field.type().loaderId)) + ")";
    return new GcRoot(RootKind.STATIC_FIELD,
        "static field " + Fingerprints.readable(field.type().name) + "." + field.field()
            + loaderNote,
        "static " + Fingerprints.normalize(name));
  }

  private GcRoot rootRecord(RootSeeds.RootRecord record, List<PathStep> steps) {
    HprofIndex.Root root = record.root();
    String thread = threadName(root.threadSerial());
    return switch (root.tag()) {
      case JAVA_FRAME -> {
        Optional<HprofIndex.Frame> frame = heap.frameOf(root);
        String method = frame.map(f -> f.className() + "." + f.method()).orElse("an unknown method");
        String shown = frame.map(f -> Fingerprints.readable(f.className()) + "." + f.method())
            .orElse(method);
        String where = frame.map(f -> "(" + (f.sourceFile() == null ? "?" : f.sourceFile())
            + (f.line() > 0 ? ":" + f.line() : "") + ")").orElse("");
        yield new GcRoot(RootKind.THREAD_STACK, "local variable in " + shown + where
            + ", on the stack of thread " + thread, "stack " + Fingerprints.normalize(method));
      }
      case THREAD_OBJECT -> isThreadLocals(steps)
          ? new GcRoot(RootKind.THREAD_LOCAL, "ThreadLocal value of thread " + thread,
              "thread-local " + steps.get(0).field())
          : new GcRoot(RootKind.THREAD,
              "thread " + thread + " (" + Fingerprints.readable(heap.classNameOf(record.object()))
                  + ")",
              "thread " + Fingerprints.normalize(heap.classNameOf(record.object())));
      case JNI_GLOBAL -> new GcRoot(RootKind.JNI, "JNI global reference", "jni-global");
      case JNI_LOCAL -> new GcRoot(RootKind.JNI,
          "JNI local reference on the stack of thread " + thread, "jni-local");
      case NATIVE_STACK -> new GcRoot(RootKind.JNI, "native stack of thread " + thread,
          "native-stack");
      case MONITOR_USED -> new GcRoot(RootKind.MONITOR,
          "monitor of a synchronized block still running", "monitor");
      default -> new GcRoot(RootKind.VM_INTERNAL, "VM internal reference (HPROF root tag "
          + root.tag().code() + ")", "vm-" + root.tag().code());
    };
  }

  private static boolean isThreadLocals(List<PathStep> steps) {
    return !steps.isEmpty() && steps.get(0).kind() == PathStep.Kind.FIELD
        && steps.get(0).holderClass().equals("java.lang.Thread")
        && steps.get(0).field().endsWith("hreadLocals");
  }

  private String threadName(int serial) {
    HprofIndex.ThreadInfo thread = heap.threads.get(serial);
    int index = thread == null ? -1 : heap.indexOf(thread.objectId());
    String name = index < 0 ? null : heap.stringValue(heap.indexOf(heap.field(index, "name")));
    return name == null ? "#" + serial : "\"" + name + "\"";
  }
}
