/** How a heap growth check measures: its windows, its histograms, its report record. */
package org.retention.core.internal.growth;
