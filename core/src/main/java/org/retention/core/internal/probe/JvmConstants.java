package org.retention.core.internal.probe;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises objects that the JVM itself keeps alive for as long as their class is loaded, so
 * that watching them could never prove anything: a test of them would fail for a reason that has
 * nothing to do with the code under test.
 *
 * <pre>{@code
 * JvmConstants.whyAlwaysReachable(42);          // "the Integer cache (valueOf keeps -128..127)"
 * JvmConstants.whyAlwaysReachable(new Object()); // Optional.empty()
 * JvmConstants.whyAlwaysReachable(pluginClass);  // Optional.empty(): its loader can be collected
 * }</pre>
 */
public final class JvmConstants {
  private JvmConstants() {}

  /**
   * Says why {@code object} can never become collectable while its class is loaded, or returns
   * empty when it can.
   */
  public static Optional<String> whyAlwaysReachable(Object object) {
    if (object == null) {
      return Optional.empty();
    }
    if (object instanceof Boolean) {
      return reason(object == Boolean.TRUE || object == Boolean.FALSE,
          "the Boolean class (Boolean.TRUE and Boolean.FALSE are its constants)");
    }
    if (object instanceof Integer value) {
      return reason(Integer.valueOf(value) == value, "the Integer cache (valueOf keeps -128..127)");
    }
    if (object instanceof Long value) {
      return reason(Long.valueOf(value) == value, "the Long cache (valueOf keeps -128..127)");
    }
    if (object instanceof Short value) {
      return reason(Short.valueOf(value) == value, "the Short cache (valueOf keeps -128..127)");
    }
    if (object instanceof Byte value) {
      return reason(Byte.valueOf(value) == value, "the Byte cache (valueOf keeps every Byte)");
    }
    if (object instanceof Character value) {
      return reason(Character.valueOf(value) == value, "the Character cache (valueOf keeps 0..127)");
    }
    if (object instanceof Enum<?> constant) {
      return Optional.of("its enum class " + constant.getDeclaringClass().getName()
          + " (enum constants live as long as their class)");
    }
    if (object instanceof String value) {
      // Interning a copy never interns the value itself: the copy comes back unless an equal
      // string was already interned, and then the canonical one does.
      return reason(new String(value).intern() == value,
          "the JVM's string table (string literals and interned strings)");
    }
    if (object instanceof Class<?> type) {
      return reason(isNeverUnloaded(type.getClassLoader()),
          "its class loader (" + type.getName() + " lives as long as its loader)");
    }
    if (object instanceof ClassLoader loader) {
      return reason(isNeverUnloaded(loader),
          "the JVM itself (the platform and application class loaders live as long as the VM)");
    }
    if (isNonCapturingLambda(object.getClass())) {
      return Optional.of("its call site (a lambda that captures nothing is created once and cached)");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code loader} is the bootstrap (null), platform or application class loader (or one
   * between them, as with {@code -Djava.system.class.loader}): the VM never unloads them, nor
   * any class they defined. Any other loader, and its classes, can be collected.
   */
  private static boolean isNeverUnloaded(ClassLoader loader) {
    for (ClassLoader permanent = ClassLoader.getSystemClassLoader(); permanent != null;
        permanent = permanent.getParent()) {
      if (permanent == loader) {
        return true;
      }
    }
    return loader == null;
  }

  private static Optional<String> reason(boolean constant, String reason) {
    return constant ? Optional.of(reason) : Optional.empty();
  }

  private static boolean isNonCapturingLambda(Class<?> type) {
    return type.isSynthetic()
        && type.getName().contains("$$Lambda")
        && Arrays.stream(type.getDeclaredFields())
            .allMatch(field -> Modifier.isStatic(field.getModifiers()));
  }
}
