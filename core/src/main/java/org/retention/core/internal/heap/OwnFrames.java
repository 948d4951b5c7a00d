package org.retention.core.internal.heap;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.retention.core.explain.HoldsCheckedObjects;

/**
 * The stack frames of the check itself, which hold the objects under check: the frames of the
 * classes marked {@link HoldsCheckedObjects} on the explaining thread's stack, their nested classes
 * and subclasses' frames, and the frames of the packages they name. A heap dump has no
 * annotations, so the names are read from the live stack before the dump is taken.
 *
 * <pre>{@code
 * OwnFrames own = OwnFrames.ofCurrentThread();
 * own.contains("org.example.MyMapAssert$ByteBuddy$x1");   // true when MyMapAssert is marked
 * }</pre>
 */
final class OwnFrames {
  /** No frame is the check's own. */
  static final OwnFrames NONE = new OwnFrames(Set.of(), List.of());

  private final Set<String> classNames;
  private final List<String> packagePrefixes;

  private OwnFrames(Set<String> classNames, List<String> packagePrefixes) {
    this.classNames = classNames;
    this.packagePrefixes = packagePrefixes;
  }

  /** The frames of these classes (and their nested classes) and of these package prefixes. */
  static OwnFrames of(Set<String> classNames, List<String> packagePrefixes) {
    return new OwnFrames(Set.copyOf(classNames), List.copyOf(packagePrefixes));
  }

  /** These frames and those of the packages {@code prefixes} name. */
  OwnFrames andPackages(List<String> prefixes) {
    Set<String> all = new LinkedHashSet<>(packagePrefixes);
    all.addAll(prefixes);
    return new OwnFrames(classNames, List.copyOf(all));
  }

  Set<String> classNames() {
    return classNames;
  }

  List<String> packagePrefixes() {
    return packagePrefixes;
  }

  /** The marked classes on the calling thread's stack. */
  static OwnFrames ofCurrentThread() {
    Set<String> names = new LinkedHashSet<>();
    Set<String> prefixes = new LinkedHashSet<>();
    StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).forEach(frame -> {
      Class<?> declaring = frame.getDeclaringClass();
      // Inherited marks reach generated subclasses (soft-assertion proxies); a nested class or
      // lambda body belongs to the marked class through its nest host.
      for (Class<?> type : List.of(declaring, declaring.getNestHost())) {
        HoldsCheckedObjects mark = type.getAnnotation(HoldsCheckedObjects.class);
        if (mark != null) {
          names.add(type.getName());
          for (Class<?> marked = type; marked != null; marked = marked.getSuperclass()) {
            if (marked.isAnnotationPresent(HoldsCheckedObjects.class)) {
              names.add(marked.getName());
            }
          }
          for (String packageName : mark.alsoFramesOf()) {
            prefixes.add(packageName.endsWith(".") ? packageName : packageName + ".");
          }
        }
      }
    });
    return new OwnFrames(Set.copyOf(names), List.copyOf(prefixes));
  }

  /** Whether a frame of the class named {@code className} is one of the check's own. */
  boolean contains(String className) {
    for (String prefix : packagePrefixes) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    int nested = className.indexOf('$');
    return classNames.contains(className)
        || nested > 0 && classNames.contains(className.substring(0, nested));
  }
}
