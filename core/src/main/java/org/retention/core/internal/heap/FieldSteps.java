package org.retention.core.internal.heap;

import java.util.ArrayList;
import java.util.List;
import org.retention.core.explain.Fingerprints;
import org.retention.core.explain.PathStep;

/**
 * The step of an instance's field, as every path of the dump words it; a JDK proxy's handler
 * ({@code Proxy.h}) names the proxy's interfaces.
 *
 * <pre>{@code
 * PathStep step = FieldSteps.of(heap, parent, slot);   // "AuditEntry.session", "proxy of com.acme.Greeter"
 * }</pre>
 *
 * <p>A dump lists no class's interfaces, but a proxy's class keeps one static {@code Method} per
 * method it implements, and each method names the interface that declares it: those, but {@code
 * Object}'s, are the interfaces. A proxy of an interface with no method is not named, and keeps
 * {@code Proxy.h}.
 */
final class FieldSteps {
  private static final String PROXY = "java.lang.reflect.Proxy";
  private static final String METHOD = "java.lang.reflect.Method";

  private FieldSteps() {}

  /** The step from the instance {@code parent} through its reference field {@code slot}. */
  static PathStep of(HprofIndex heap, int parent, int slot) {
    HprofIndex.ClassInfo type = heap.classOf(parent);
    String declarer = type.referenceDeclarers[slot];
    String field = type.referenceNames[slot];
    if (declarer.equals(PROXY) && field.equals("h")
        && Fingerprints.normalize(type.name).endsWith("$Proxy")) {
      List<String> interfaces = interfaces(heap, type);
      if (!interfaces.isEmpty()) {
        return PathStep.proxyHandler(interfaces);
      }
    }
    return new PathStep(declarer, field, -1);
  }

  /**
   * The interfaces whose methods the proxy class {@code type} holds, by name: a dump's order of
   * statics is its own.
   */
  private static List<String> interfaces(HprofIndex heap, HprofIndex.ClassInfo type) {
    List<String> interfaces = new ArrayList<>();
    for (long value : type.staticValues) {
      int method = heap.indexOf(value);
      if (method < 0 || heap.isClass(method)
          || heap.tagOf(method) != HprofObjectTag.INSTANCE_DUMP
          || !heap.classOf(method).name.equals(METHOD)) {
        continue;
      }
      HprofIndex.ClassInfo declaring = heap.classById(heap.field(method, "clazz"));
      if (declaring != null && !declaring.name.equals("java.lang.Object")
          && !interfaces.contains(declaring.name)) {
        interfaces.add(declaring.name);
      }
    }
    interfaces.sort(null);
    return interfaces;
  }
}
