package org.retention.core.explain;

import java.util.List;
import java.util.Objects;

/**
 * One reference of a retention path: a field of an object, an element of an array, or one of the
 * references that keep classes and class loaders alive (an object's class, a class's loader).
 *
 * <pre>{@code
 * new PathStep("java.util.ArrayList", "elementData", -1).text();          // "ArrayList.elementData"
 * PathStep.toClass(PathStep.Kind.LOADER, "com.acme.PluginLoader").text(); // "loaded by com.acme.PluginLoader"
 * PathStep.proxyHandler(List.of("com.acme.Greeter")).text();   // "proxy of com.acme.Greeter"
 * }</pre>
 *
 * <pre>{@code
 * path.steps().forEach(step -> System.out.println(step.text()));   // "ArrayList.elementData"
 * }</pre>
 *
 * @param holderClass for a field, the class that declares it ({@code java.util.ArrayList}); for an
 *     array element, the array's class ({@code java.lang.Object[]}); for the referent of a {@code
 *     java.lang.ref.Reference}, the reference's own class; for the other kinds, the class the
 *     step names: the object's class, the class's loader's class, its super class
 * @param field the field's name, or null for any kind but {@link Kind#FIELD}
 * @param arrayIndex the element's index, or -1 for any kind but {@link Kind#ARRAY_ELEMENT}
 * @param kind what kind of reference the step follows
 * @param proxyInterfaces for the handler of a JDK proxy ({@code Proxy.h}), the interfaces whose
 *     methods the proxy's class declares, as far as the heap tells, by name; empty otherwise.
 *     Only the {@link #text() text} names them: they are not part of the {@link #signature()
 *     signature}
 */
public record PathStep(String holderClass, String field, int arrayIndex, Kind kind,
    List<String> proxyInterfaces) {
  private static final String PROXY = "java.lang.reflect.Proxy";

  /** The kinds of reference a path can follow. */
  public enum Kind {
    /** A field of an object: {@code ArrayList.elementData}. */
    FIELD(""),
    /** An element of an array: {@code Object[][3]}. */
    ARRAY_ELEMENT(""),
    /** From an object to its class: {@code class com.acme.Plugin}. */
    CLASS("class "),
    /** From a class to the loader that defined it: {@code loaded by com.acme.PluginLoader}. */
    LOADER("loaded by "),
    /** From a class to its super class: {@code superclass com.acme.BasePlugin}. */
    SUPERCLASS("superclass "),
    /** From a class to its protection domain. */
    PROTECTION_DOMAIN("protection domain "),
    /** From a class to its signers. */
    SIGNERS("signers ");

    private final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /** Validates and copies. */
  public PathStep {
    Objects.requireNonNull(holderClass, "holderClass");
    Objects.requireNonNull(kind, "kind");
    if ((field != null) != (kind == Kind.FIELD)
        || (arrayIndex >= 0) != (kind == Kind.ARRAY_ELEMENT)) {
      throw new IllegalArgumentException("a step is a field, an array element or a class link");
    }
    proxyInterfaces = List.copyOf(proxyInterfaces);
  }

  /** A step of {@code kind}, not a proxy's handler. */
  public PathStep(String holderClass, String field, int arrayIndex, Kind kind) {
    this(holderClass, field, arrayIndex, kind, List.of());
  }

  /**
   * The handler of a JDK proxy ({@code Proxy.h}) of {@code interfaces}: its text is {@code proxy
   * of com.acme.Greeter}, its signature that of any {@code Proxy.h}.
   */
  public static PathStep proxyHandler(List<String> interfaces) {
    return new PathStep(PROXY, "h", -1, Kind.FIELD, interfaces);
  }

  /** A field ({@code field} set) or an array element ({@code arrayIndex} 0 or more). */
  public PathStep(String holderClass, String field, int arrayIndex) {
    this(holderClass, field, arrayIndex, field != null ? Kind.FIELD : Kind.ARRAY_ELEMENT);
  }

  /** A step of a class link {@code kind} that names {@code className}. */
  public static PathStep toClass(Kind kind, String className) {
    return new PathStep(className, null, -1, kind);
  }

  /**
   * As a message shows it, never with an address: {@code ArrayList.elementData}, {@code
   * Object[][3]}, {@code class com.acme.Plugin}, {@code loaded by com.acme.PluginLoader}, {@code
   * lambda in com.acme.Cache (captures arg$2)}, {@code proxy of com.acme.Greeter} (a proxy's
   * handler, {@code Proxy.h} when its interfaces are unknown).
   */
  public String text() {
    if (!proxyInterfaces.isEmpty()) {
      return "proxy of " + String.join(", ", proxyInterfaces);
    }
    String readable = Fingerprints.readable(holderClass);
    if (kind == Kind.FIELD && readable.startsWith("lambda in ")) {
      return readable + " (captures " + field + ")";
    }
    return switch (kind) {
      case FIELD -> simpleName(readable) + "." + field;
      case ARRAY_ELEMENT -> simpleName(readable) + "[" + arrayIndex + "]";
      default -> kind.words + readable;
    };
  }

  /**
   * What identifies this step in every run: the full class and field, without the array index,
   * which varies with hashing and insertion order.
   */
  public String signature() {
    return switch (kind) {
      case FIELD -> Fingerprints.normalize(holderClass) + "." + field;
      case ARRAY_ELEMENT -> Fingerprints.normalize(holderClass) + "[]";
      default -> kind.words + Fingerprints.normalize(holderClass);
    };
  }

  private static String simpleName(String readable) {
    return readable.startsWith("proxy ") ? readable
        : readable.substring(readable.lastIndexOf('.') + 1);
  }
}
