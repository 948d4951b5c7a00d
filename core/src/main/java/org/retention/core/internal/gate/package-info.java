/** Internal, not API. 
 * Gating pull requests on leak regressions: a JSON report of every check per JVM run, and a
 * baseline of accepted leak fingerprints that only ever shrinks. {@link
 * org.retention.core.internal.gate.LeakGate} is the entry point both front ends call.
 */
package org.retention.core.internal.gate;
