package org.retention.gate;

import java.util.Objects;

/**
 * How the gate's messages name the build tool's own ways of doing things, so that a hint says
 * what to type in that tool.
 *
 * <pre>{@code
 * GateTool maven = new GateTool("mvn retention:baseline", "the reports parameter");
 * }</pre>
 *
 * @param baselineCommand the command that writes the baseline, as a user types it
 * @param extraReports what names the extra reports, as in "no report under ... nor in it"
 */
public record GateTool(String baselineCommand, String extraReports) {
  /** Validates. */
  public GateTool {
    Objects.requireNonNull(baselineCommand, "baselineCommand");
    Objects.requireNonNull(extraReports, "extraReports");
  }
}
