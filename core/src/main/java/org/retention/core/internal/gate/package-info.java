/**
 * Internal, not API. Gating pull requests on leak regressions: every check of a JVM run is judged
 * against a baseline of accepted leak fingerprints that only ever shrinks, and appended to the
 * run's JSON report. Front ends turn a verdict into a check with {@link
 * org.retention.core.internal.gate.CheckRecords} and hand it to the {@link
 * org.retention.core.internal.gate.LeakGate} that {@link
 * org.retention.core.internal.gate.SharedLeakGate} gives.
 */
package org.retention.core.internal.gate;
