package org.retention.core.internal.alloc;

import java.lang.instrument.Instrumentation;

/**
 * The entry point named by {@code Premain-Class} in retention-core's manifest. It only keeps the
 * {@link Instrumentation}: nothing is transformed until a growth check asks where its growing
 * classes are allocated.
 *
 * <pre>
 * &lt;argLine&gt;-javaagent:${org.retention:retention-core:jar}&lt;/argLine&gt;
 * </pre>
 */
public final class RetentionAgent {
  private RetentionAgent() {}

  /** Called by the JVM for {@code -javaagent:retention-core.jar}. */
  public static void premain(String arguments, Instrumentation instrumentation) {
    AllocationSites.install(instrumentation);
  }

  /** Called by the JVM when the agent is loaded into a running VM. */
  public static void agentmain(String arguments, Instrumentation instrumentation) {
    AllocationSites.install(instrumentation);
  }
}
