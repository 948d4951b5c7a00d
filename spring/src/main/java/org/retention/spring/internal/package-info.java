/**
 * Internal, not API. The Spring TestContext listener that learns each test class's application
 * contexts, hears them close, and hands the closed ones to core's object check.
 */
package org.retention.spring.internal;
