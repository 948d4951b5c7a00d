package org.retention.core.explain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose methods hold the objects under check while the check runs: an assertion
 * keeps the map it clears in a local variable, a test extension keeps what it tracks. A retention
 * path that starts at a frame of such a class would blame the check for what the code under test
 * keeps, so explanations use those frames only as roots of last resort, for objects that nothing
 * else reaches.
 *
 * <pre>{@code
 * @HoldsCheckedObjects(alsoFramesOf = "org.assertj.core")
 * public class MyMapAssert<K, V> extends MapAssert<K, V> {
 *   public MyMapAssert<K, V> releasesValuesAfterClear() {
 *     // ... actual.clear(); RetentionExplainer.explain(...)
 *   }
 * }
 * }</pre>
 *
 * <p>The explanation finds the marked classes on the stack of the thread that asks for it, so the
 * check must call it from within a method of the marked class (directly or through callees). The
 * mark covers the class's nested classes and, being {@link Inherited}, generated subclasses such
 * as soft-assertion proxies.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HoldsCheckedObjects {
  /**
   * Packages whose frames run the check on the marked class's behalf and so hold its objects too,
   * such as the assertion library that proxies it ({@code "org.assertj.core"}); their
   * sub-packages are included.
   */
  String[] alsoFramesOf() default {};
}
