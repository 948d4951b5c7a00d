package org.retention.samples.audit;

/**
 * One line of the audit page.
 *
 * @param action what happened, for example "login"
 * @param subject what it happened to; the page shows its {@code toString()}
 */
public record AuditEntry(String action, Object subject) {}
