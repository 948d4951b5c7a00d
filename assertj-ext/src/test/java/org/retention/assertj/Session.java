package org.retention.assertj;

/**
 * What the tests put in maps: created by the test, so never a JVM constant, comparable for
 * {@code TreeMap} keys, and named in failure messages by its record {@code toString()}.
 */
record Session(String name) implements Comparable<Session> {
  @Override
  public int compareTo(Session other) {
    return name.compareTo(other.name);
  }
}
