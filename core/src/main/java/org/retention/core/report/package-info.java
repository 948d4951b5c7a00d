/**
 * The JSON report of a run's retention checks ({@link org.retention.core.report.RetentionReport},
 * schema {@code retention-report/1}) and the baseline of accepted leaks ({@link
 * org.retention.core.report.LeakBaseline}): what build tools read to gate a build.
 */
package org.retention.core.report;
