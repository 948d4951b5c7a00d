/** Internal, not API: the words of verdicts and the descriptions of users' objects. */
package org.retention.core.internal.text;
