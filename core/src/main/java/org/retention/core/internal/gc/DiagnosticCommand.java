package org.retention.core.internal.gc;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * HotSpot's DiagnosticCommand MBean, the in-process {@code jcmd}: {@code gcRun} ({@code GC.run})
 * and {@code gcClassHistogram} ({@code GC.class_histogram}, a full collection and then a count
 * of live instances per class).
 */
public final class DiagnosticCommand {
  private static final String NAME = "com.sun.management:type=DiagnosticCommand";

  private DiagnosticCommand() {}

  /**
   * Takes a live class histogram ({@code GC.class_histogram}) and returns its text. After its
   * collection the histogram walks the heap again to count; left to itself the VM walks with 3/8
   * of the processors, that is on one thread on a 2-core machine, so it is asked to use them all.
   *
   * @throws JMException the VM has no such MBean or operation (not HotSpot), or it failed
   */
  public static String classHistogram() throws JMException {
    return invoke("gcClassHistogram", "-parallel=" + Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code operation} with {@code arguments} (as {@code jcmd} takes them) and returns its
   * text output.
   *
   * @throws JMException the VM has no such MBean or operation (not HotSpot), or it failed
   */
  public static String invoke(String operation, String... arguments) throws JMException {
    return (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName(NAME), operation,
        new Object[] {arguments.length == 0 ? null : arguments.clone()},
        new String[] {String[].class.getName()});
  }
}
