package org.retention.core.probe;

/**
 * One watched object that survived.
 *
 * <pre>{@code
 * for (RetainedObject object : verdict.retained()) {
 *   System.out.println(object.kind() + " " + object.description() + " (" + object.className() + ")");
 * }
 * }</pre>
 *
 * @param index its position in the order the probe watched objects
 * @param kind what the object is to the user: "value", "key", or the tracker's "object"
 * @param className its runtime class name
 * @param description the caller's description, or its truncated {@code toString()}
 */
public record RetainedObject(int index, String kind, String className, String description) {}
