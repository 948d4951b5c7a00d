package org.retention.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Fails the last repetition of a {@code @RepeatedTest} when objects piled up across the
 * repetitions: the classes whose live count grew in every measurement window, with the place
 * where they pile up, as {@code assertThatRepeated(action).doesNotLeak()} reports them.
 *
 * <pre>{@code
 * @RepeatedTest(40)
 * @NoHeapGrowth
 * void handlesRequests() {
 *   handler.handle(new Request("alice"));   // passes when each request lets its objects go
 * }
 * }</pre>
 *
 * <p>The first repetitions warm up (a quarter, or {@link #warmUp()}); after the warm-up and after
 * each of three windows the extension takes one proven full collection and one class histogram,
 * in {@code afterEach}, after the {@code @AfterEach} methods. The test engine's own records of
 * each repetition (descriptors, events, report entries) are never reported. A repetition that
 * fails ends the measurement: its own failure stays the only one. It registers {@link
 * RetentionExtension} itself.
 *
 * <p><b>Parallel suites.</b> Live counts are VM-wide, so the test runs isolated, as {@code
 * @Isolated} does: it holds JUnit's global resource lock exclusively, so no other test runs
 * beside its repetitions, and its repetitions run one after another on one thread, also under
 * {@code junit.jupiter.execution.parallel.mode.default=concurrent}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RetentionExtension.class)
@ResourceLock(value = Resources.GLOBAL, mode = ResourceAccessMode.READ_WRITE)
public @interface NoHeapGrowth {
  /** Classes never reported, such as a metrics registry known to grow with every call. */
  Class<?>[] ignoring() default {};

  /** Repetitions to warm up with before measuring; negative for a quarter of them. */
  int warmUp() default -1;
}
