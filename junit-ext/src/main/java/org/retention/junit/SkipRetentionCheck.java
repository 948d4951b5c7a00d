package org.retention.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a test (or every test of a class) out of every retention check, also of one declared on
 * its class, so that a known leak does not block the build while it is being fixed. It always
 * wins over {@link NoRetentionAfter}; the test's report entry says it was skipped, and why.
 *
 * <pre>{@code
 * @Test @SkipRetentionCheck("ISSUE-42: the audit log keeps sessions until it is flushed")
 * void logoutWhileAuditing(RetentionTracker tracker) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SkipRetentionCheck {

  /** Why the check is skipped; shown in the test's report entry. */
  String value() default "";
}
