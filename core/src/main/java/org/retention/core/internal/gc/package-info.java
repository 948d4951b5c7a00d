/** Internal, not API. 
 * How Retention makes the VM collect and proves that it did.
 *
 * <p>{@link org.retention.core.internal.gc.GcCoordinator} is the one global mechanism: GC is a property
 * of the whole VM, so every probe in every test thread asks it for collections, and one
 * collection serves every caller waiting at that moment.
 */
package org.retention.core.internal.gc;
