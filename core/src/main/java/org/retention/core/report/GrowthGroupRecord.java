package org.retention.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One group of objects that piled up in a growth check, as the report records it: the place
 * (its leak record has the same fingerprint) and how fast it grew.
 *
 * <pre>{@code
 * new GrowthGroupRecord("3f0c2a9d8e7b6a51", "org.example.Listener", 1.0, 4_191, List.of());
 * }</pre>
 *
 * @param fingerprint the fingerprint of the place, as in the check's {@link LeakRecord}
 * @param className the class that names the group
 * @param instancesPerRepetition the instances each repetition added
 * @param bytesPerRepetition the bytes each repetition added, shallow sizes of the group's classes
 * @param allocatedAt where the instances were allocated, top frame first; empty when unknown
 */
public record GrowthGroupRecord(String fingerprint, String className,
    double instancesPerRepetition, long bytesPerRepetition, List<String> allocatedAt) {
  /** Validates and copies. */
  public GrowthGroupRecord {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(className, "className");
    allocatedAt = List.copyOf(allocatedAt);
  }
}
