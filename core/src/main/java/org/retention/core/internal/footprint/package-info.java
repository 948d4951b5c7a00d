/** Internal, not API.  The bytes an object graph still occupies, measured with JOL. */
package org.retention.core.internal.footprint;
