/** The words of a verdict, shared by the AssertJ assertions and the JUnit extension. */
package org.retention.core.report;
