/**
 * Heap growth: repeat an action and find the objects that accumulate, with the place where they
 * pile up ({@link org.retention.core.growth.HeapGrowthCheck}).
 */
package org.retention.core.growth;
