/**
 * One error-message factory per way a retention assertion fails, in AssertJ's style: each message
 * reads "Expecting ... to be collectable after ..., but ...".
 */
package org.retention.assertj.error;
