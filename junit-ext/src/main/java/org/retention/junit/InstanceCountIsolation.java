package org.retention.junit;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a test with {@code @NoRetentionAfter(instancesOf = ...)} isolated, as {@code @Isolated}
 * does: live counts are VM-wide, so a neighbour's objects would be counted as the test's. A test
 * that only tracks objects runs in parallel as before. JUnit asks this provider for locks (JUnit
 * 5.12 and later; an older JUnit ignores it, and such tests need {@code @Isolated}).
 */
final class InstanceCountIsolation implements ResourceLocksProvider {
  private static final Set<Lock> EXCLUSIVE =
      Set.of(new Lock(Resources.GLOBAL, ResourceAccessMode.READ_WRITE));

  @Override
  public Set<Lock> provideForClass(Class<?> testClass) {
    return locksFor(closestOnClass(testClass));
  }

  @Override
  public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes,
      Class<?> testClass) {
    return locksFor(closestOnClass(testClass));
  }

  @Override
  public Set<Lock> provideForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
      Method testMethod) {
    Optional<NoRetentionAfter> found =
        AnnotationSupport.findAnnotation(testMethod, NoRetentionAfter.class);
    return locksFor(found.isPresent() ? found : closestOnClass(testClass));
  }

  private static Set<Lock> locksFor(Optional<NoRetentionAfter> annotation) {
    return annotation.filter(found -> found.instancesOf().length > 0).isPresent()
        ? EXCLUSIVE : Set.of();
  }

  private static Optional<NoRetentionAfter> closestOnClass(Class<?> testClass) {
    return Annotations.closestOnClass(testClass, NoRetentionAfter.class);
  }
}
