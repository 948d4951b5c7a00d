package org.retention.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** How the extension finds the annotations that configure a test: the closest one wins. */
final class Annotations {
  private Annotations() {}

  /**
   * The annotation on the test method, else on its class, a superclass or an enclosing class of a
   * {@code @Nested} class, the closest first; composed annotations count.
   */
  static <A extends Annotation> Optional<A> closest(ExtensionContext context, Class<A> type) {
    Optional<A> found = context.getTestMethod()
        .flatMap(method -> AnnotationSupport.findAnnotation(method, type));
    return found.isPresent() ? found
        : context.getTestClass().flatMap(testClass -> closestOnClass(testClass, type));
  }

  /**
   * The annotation on {@code testClass}, else on a superclass or an enclosing class of a {@code
   * @Nested} class, the closest first; composed annotations count.
   */
  static <A extends Annotation> Optional<A> closestOnClass(Class<?> testClass, Class<A> type) {
    Optional<A> found = Optional.empty();
    for (Class<?> c = testClass; found.isEmpty() && c != null;
        c = c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null) {
      found = AnnotationSupport.findAnnotation(c, type);
    }
    return found;
  }
}
