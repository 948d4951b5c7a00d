/** Internal, not API. 
 * Counting the live (strongly reachable) instances of classes, from the VM's own live class
 * histogram taken after a proven whole-heap collection.
 *
 * <p>Start with {@link org.retention.core.internal.count.LiveInstances#count}.
 */
package org.retention.core.internal.count;
