/**
 * A session cache whose sessions are also appended to a static audit list, so clearing the cache
 * frees nothing; the fix audits the user's name instead of the session.
 */
package org.retention.samples.audit;
