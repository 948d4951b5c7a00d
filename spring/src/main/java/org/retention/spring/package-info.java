/**
 * Closed Spring test contexts must be released: {@link org.retention.spring.NoContextRetention} on
 * a Spring test class, or {@code retention.spring.contexts=check} for every one.
 *
 * <pre>{@code
 * @SpringJUnitConfig(AppConfig.class)
 * @NoContextRetention
 * class OrderServiceTest { ... }
 * }</pre>
 */
package org.retention.spring;
