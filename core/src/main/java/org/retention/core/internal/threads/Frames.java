package org.retention.core.internal.threads;

import java.util.List;

/** Stack frames as a stack trace prints them: {@code pkg.Class.method(File.java:NN)}. */
final class Frames {
  private static final List<String> JDK_PACKAGES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  private Frames() {}

  static String text(StackTraceElement frame) {
    return frame.isNativeMethod()
        ? frame.getClassName() + "." + frame.getMethodName() + "(Native Method)"
        : text(frame.getClassName(), frame.getMethodName(), frame.getFileName(),
            frame.getLineNumber());
  }

  /**
   * A frame; without a file name (JFR records none) the file is guessed from the top-level class,
   * as javac names it.
   */
  static String text(String className, String method, String file, int line) {
    String source = file != null ? file : sourceFile(className);
    return className + "." + method + "(" + (line > 0 ? source + ":" + line : source) + ")";
  }

  /** Whether the frame is in the JDK's own code. */
  static boolean jdk(String frameText) {
    return JDK_PACKAGES.stream().anyMatch(frameText::startsWith);
  }

  private static String sourceFile(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    return (nested > 0 ? simple.substring(0, nested) : simple) + ".java";
  }
}
