package org.retention.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leaks accepted for now: a text file checked into the repository, one leak fingerprint and the
 * reason it is accepted per line; blank lines and lines starting with {@code #} are ignored.
 *
 * <pre>
 * # Retention baseline: accepted leaks. Remove a line when its leak is fixed.
 * 7a5218bb091fd854  the audit log keeps sessions until TICKET-123 lands
 * </pre>
 *
 * @param file where it was read from
 * @param reasons each accepted fingerprint with its reason, in file order
 */
public record LeakBaseline(Path file, Map<String, String> reasons) {
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{16})\\s+(\\S.*)");
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** Copies, keeping the file order. */
  public LeakBaseline {
    reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
  }

  /**
   * Reads a baseline file, UTF-8, with or without a byte order mark (as some editors save it).
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   * @throws IOException the file cannot be read
   */
  public static LeakBaseline read(Path file) throws IOException {
    Map<String, String> reasons = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!lines.isEmpty() && lines.get(0).startsWith(BYTE_ORDER_MARK)) {
      lines.set(0, lines.get(0).substring(BYTE_ORDER_MARK.length()));
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher entry = LINE.matcher(line);
      if (!entry.matches()) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected a 16-digit"
            + " lowercase hex leak fingerprint, spaces, and the reason it is accepted, but was "
            + visible(line));
      }
      if (reasons.putIfAbsent(entry.group(1), entry.group(2)) != null) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": fingerprint "
            + entry.group(1) + " is listed twice");
      }
    }
    return new LeakBaseline(file, reasons);
  }

  /**
   * {@code line} in quotes, each character a reader could not see (controls, format characters
   * such as a byte order mark or a zero-width space, spaces other than the plain one) as
   * <code>&#92;uXXXX</code>: a line that looks right but is refused shows why.
   */
  private static String visible(String line) {
    StringBuilder text = new StringBuilder("'");
    boolean escaped = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int type = Character.getType(c);
      if (c != ' ' && (Character.isISOControl(c) || Character.isWhitespace(c)
          || Character.isSpaceChar(c) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE)) {
        text.append(String.format("\\u%04x", (int) c));
        escaped = true;
      } else {
        text.append(c);
      }
    }
    text.append('\'');
    return escaped ? text + " (invisible characters shown as \\uXXXX)" : text.toString();
  }

  /**
   * Writes a baseline that accepts {@code fingerprints}: the way to start a baseline from the
   * leaks a suite has today. Each keeps its reason from {@code reasons} (the baseline being
   * rewritten), or gets one to fill in.
   */
  public static void write(Path file, Collection<String> fingerprints, Map<String, String> reasons)
      throws IOException {
    StringBuilder text = new StringBuilder("# Retention baseline: accepted leaks, one fingerprint"
        + " and its reason per line.\n# Remove a line when its leak is fixed; a stale line is"
        + " reported at the end of the run.\n");
    fingerprints.stream().sorted().distinct().forEach(fingerprint ->
        text.append(fingerprint).append("  ")
            .append(reasons.getOrDefault(fingerprint, "TODO: say why this leak is accepted"))
            .append('\n'));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Judges a recorded check against this baseline: a {@code retained} (or earlier {@code
   * accepted}) check is {@link CheckVerdict#ACCEPTED} only when every retained object has a
   * retention path and every path's fingerprint is listed; each leak gets this baseline's reason,
   * or none. An unexplained failure has nothing to match, so it stays {@code retained}; other
   * verdicts are returned as they are.
   *
   * <pre>{@code
   * CheckRecord judged = baseline.judge(check);   // ACCEPTED when every leak is listed
   * }</pre>
   */
  public CheckRecord judge(CheckRecord check) {
    if (check.verdict() != CheckVerdict.RETAINED && check.verdict() != CheckVerdict.ACCEPTED) {
      return check;
    }
    List<LeakRecord> leaks = check.leaks().stream()
        .map(leak -> leak.withBaselineReason(Optional.ofNullable(reasons.get(leak.fingerprint()))))
        .toList();
    boolean accepted = check.fullyExplained()
        && leaks.stream().allMatch(leak -> leak.baselineReason().isPresent());
    return check.judged(accepted ? CheckVerdict.ACCEPTED : CheckVerdict.RETAINED, leaks);
  }

  /** Whether {@code fingerprint} is accepted. */
  public boolean accepts(String fingerprint) {
    return reasons.containsKey(fingerprint);
  }
}
