/**
 * Retention's core: probes, GC driving, verdicts, heap analysis, growth, and the gate. Only the
 * API packages are exported; {@code org.retention.core.internal...} is not, and may change in any
 * release. Class-path users see the same packages.
 *
 * <pre>{@code
 * module com.acme.tests {
 *   requires org.retention.core;
 * }
 * }</pre>
 */
module org.retention.core {
  requires java.instrument;
  requires java.management;
  requires jdk.jfr;
  requires jdk.management;
  requires jol.core;

  exports org.retention.core;
  exports org.retention.core.explain;
  exports org.retention.core.growth;
  exports org.retention.core.probe;
  exports org.retention.core.report;
}
