package org.retention.core.internal.gate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.SuspectReference;
import org.retention.core.internal.json.JsonReader;
import org.retention.core.internal.json.JsonWriter;
import org.retention.core.internal.json.MalformedJsonException;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckDetails;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
import org.retention.core.report.InstanceCount;
import org.retention.core.report.InstanceDetails;
import org.retention.core.report.LeakedThreadRecord;
import org.retention.core.report.ObjectDetails;
import org.retention.core.report.ThreadDetails;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.RetentionReport;

/**
 * The report file's text (schema {@value RetentionReport#SCHEMA}), both ways: the one place that
 * knows its field names and its append-only layout.
 *
 * <pre>
 * {"schema": "retention-report/2", "pid": 4711, …, "baseline": null, "checks": [
 * {"kind": "object", "source": "junit", "name": "CacheTest#clear()", "verdict": "released", …, "details": {…}}
 * ,{"kind": "growth", "source": "junit", "name": "CacheTest#evict()", "verdict": "retained", …}
 * ], "finished": "2026-…Z", "staleBaselineEntries": [], "staleUnknownReason": null}
 * </pre>
 *
 * <p>A run that counted application contexts ends with one more field, {@code "contexts":
 * {"created": 14, "closed": 9, "released": 9, "stillCached": 5}}; a report without it counted none.
 *
 * <p>The first line opens the object and its {@code checks} array; each check is one line,
 * appended as it is recorded; the last line, written at JVM exit, closes both. Together they are
 * one JSON document. A run whose JVM died lacks the last line, and may end in a check line cut
 * short: {@link #read} recovers every whole check of it, with {@code finished} null.
 */
public final class ReportJson {
  private static final String CHECKS_OPEN = "\"checks\": [";
  private static final java.util.regex.Pattern FINGERPRINT =
      java.util.regex.Pattern.compile("[0-9a-f]{16}");

  private ReportJson() {}

  /** The first line: every field known when the run starts, up to the opened checks array. */
  static String header(long pid, String java, Instant started, String baseline) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("schema", RetentionReport.SCHEMA);
    header.put("pid", pid);
    header.put("java", java);
    header.put("started", started.toString());
    header.put("baseline", baseline);
    String object = JsonWriter.write(header);
    // The object stays open: its checks array is appended line by line.
    return object.substring(0, object.length() - 1) + ", " + CHECKS_OPEN + "\n";
  }

  /** The line of one check; every check after the first starts with the array's comma. */
  static String checkLine(CheckRecord check, boolean first) {
    return (first ? "" : ",") + JsonWriter.write(check(check)) + "\n";
  }

  /** The last line: closes the checks array and the report. */
  static String footer(Instant finished, List<BaselineEntry> stale, String staleUnknownReason) {
    return footer(finished, stale, staleUnknownReason, null);
  }

  /**
   * The last line, with the application contexts when some were counted; a report without them
   * has no {@code contexts} field, as before there were any.
   */
  static String footer(Instant finished, List<BaselineEntry> stale, String staleUnknownReason,
      ContextCounts contexts) {
    Map<String, Object> footer = new LinkedHashMap<>();
    footer.put("finished", finished.toString());
    footer.put("staleBaselineEntries", stale == null ? null : stale.stream().map(entry -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("fingerprint", entry.fingerprint());
      json.put("reason", entry.reason());
      return json;
    }).toList());
    footer.put("staleUnknownReason", staleUnknownReason);
    if (contexts != null) {
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("created", contexts.created());
      counts.put("closed", contexts.closed());
      counts.put("released", contexts.released());
      counts.put("stillCached", contexts.stillCached());
      footer.put("contexts", counts);
    }
    return "], " + JsonWriter.write(footer).substring(1) + "\n";
  }

  private static Map<String, Object> check(CheckRecord check) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", check.kind().word());
    json.put("source", check.source());
    json.put("name", check.name());
    json.put("verdict", check.verdict().word());
    json.put("collector", check.collector());
    json.put("timeMillis", check.timeMillis());
    json.put("inconclusiveReason", check.inconclusiveReason().orElse(null));
    json.put("unexplainedReason", check.unexplainedReason().orElse(null));
    json.put("leaks", check.leaks().stream().map(ReportJson::leak).toList());
    json.put("details", details(check.details()));
    return json;
  }

  private static Map<String, Object> details(CheckDetails details) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (details instanceof ObjectDetails objects) {
      json.put("checked", objects.checked());
      json.put("retained", objects.retained());
      json.put("fullCollections", objects.fullCollections());
    } else if (details instanceof InstanceDetails instances) {
      json.put("counts", instances.counts().stream().map(count -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("className", count.className());
        one.put("before", count.before());
        one.put("after", count.after());
        one.put("allowance", count.allowance());
        return one;
      }).toList());
    } else if (details instanceof GrowthDetails growth) {
      json.put("repetitions", growth.repetitions());
      json.put("windows", growth.windows());
      json.put("groups", growth.groups().stream().map(group -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("fingerprint", group.fingerprint());
        one.put("className", group.className());
        // JSON numbers here are integers: the rate is written in thousandths.
        one.put("instancesPerThousandRepetitions",
            Math.round(group.instancesPerRepetition() * 1000));
        one.put("bytesPerRepetition", group.bytesPerRepetition());
        one.put("allocatedAt", group.allocatedAt());
        return one;
      }).toList());
    } else if (details instanceof ThreadDetails threads) {
      json.put("threads", threads.threads().stream().map(thread -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", thread.name());
        one.put("state", thread.state());
        one.put("daemon", thread.daemon());
        one.put("owner", thread.owner());
        one.put("startedAt", thread.startedAt());
        return one;
      }).toList());
    }
    return json;
  }

  private static Map<String, Object> leak(LeakRecord leak) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("fingerprint", leak.fingerprint());
    json.put("object", leak.object());
    json.put("reachability", leak.reachability().name());
    json.put("rootKind", leak.rootKind().name());
    json.put("root", leak.root());
    json.put("path", leak.path());
    json.put("retainedBytes", leak.retainedBytes());
    json.put("baselineReason", leak.baselineReason().orElse(null));
    // Its words are the path's step: only the index and the bytes are new.
    json.put("suspect", leak.suspect().map(suspect -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("step", suspect.step());
      one.put("freedBytes", suspect.freedBytes());
      return one;
    }).orElse(null));
    return json;
  }

  /**
   * The report {@code text} holds: a finished report, any JSON document with its fields, or the
   * lines of a run that did not finish.
   *
   * @throws IllegalArgumentException naming the line and column, or the check and field, of what
   *     is malformed
   */
  public static RetentionReport read(String text) {
    List<CheckRecord> checks = new ArrayList<>();
    RetentionReport report;
    try {
      report = read(new StringReader(text), checks::add);
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    return new RetentionReport(report.schema(), report.pid(), report.java(), report.started(),
        report.finished(), report.baseline(), checks, report.staleBaselineEntries(),
        report.staleUnknownReason(), report.contexts());
  }

  /**
   * Reads the report {@code text} gives, handing each check to {@code checks} as soon as it is
   * read instead of holding them all: a report of a million checks reads in the memory of one.
   *
   * @return the report, with no check
   * @throws IllegalArgumentException as {@link #read(String)}
   * @throws IOException when {@code text} cannot be read
   */
  public static RetentionReport read(Reader text, Consumer<CheckRecord> checks)
      throws IOException {
    Lines lines = new Lines(text);
    String first = lines.next();
    if (first == null) {
      first = "";
    }
    if (first.strip().endsWith(CHECKS_OPEN)) {
      // The layout every report is written in: read line by line, so errors name their line.
      return readLines(first.strip(), lines, checks);
    }
    StringBuilder whole = new StringBuilder(first);
    for (String line = lines.next(); line != null; line = lines.next()) {
      whole.append('\n').append(line);
    }
    Map<?, ?> document = object(JsonReader.parse(whole.toString()), "the report");
    List<?> array = list(document, "checks", "the report");
    for (int i = 0; i < array.size(); i++) {
      checks.accept(check(object(array.get(i), "check " + (i + 1)), "check " + (i + 1)));
    }
    return report(document, document, List.of());
  }

  /**
   * A report written line by line, its last check or its last line possibly missing. A line is
   * judged once the next one that is not blank is known: only the last may be cut short.
   */
  private static RetentionReport readLines(String first, Lines lines,
      Consumer<CheckRecord> checks) throws IOException {
    Map<?, ?> header = lineObject(first + "]}", 1, 0);
    Map<?, ?> footer = Map.of();
    int read = 0;
    String pending = null;
    int pendingNumber = 0;
    int number = 1;
    for (String next = lines.next(); ; next = lines.next()) {
      if (next != null) {
        number++;
        if (next.isBlank()) {
          continue;
        }
      }
      if (pending != null) {
        boolean last = next == null;
        String line = pending;
        int i = pendingNumber - 1;
        try {
          if (line.startsWith("]")) {
            if (!last) {
              throw new IllegalArgumentException("line " + (i + 1)
                  + ": the checks array closes before the last line");
            }
            String opened = "{" + CHECKS_OPEN;
            footer = lineObject(opened + line, i + 1, -opened.length());
          } else {
            boolean comma = line.startsWith(",") && read > 0;
            Map<?, ?> json = lineObject(comma ? line.substring(1) : line, i + 1, comma ? 1 : 0);
            String where = "line " + (i + 1) + ": check " + (read + 1);
            // A whole line that breaks the schema is refused, wherever it is: only a line cut
            // short by a dying JVM is left out.
            CheckRecord check = check(object(json, where), where);
            read++;
            checks.accept(check);
          }
        } catch (TornLine torn) {
          // The JVM died while it wrote this last line: the checks before it are whole.
          if (!last) {
            throw torn;
          }
        }
      }
      if (next == null) {
        break;
      }
      pending = next;
      pendingNumber = number;
    }
    return report(header, footer, List.of());
  }

  /** The lines of a text, split at {@code \n} only, as the report's writer ends them. */
  private static final class Lines {
    private final Reader text;
    private final char[] buffer = new char[1 << 16];
    private int start;
    private int end;
    private boolean ended;

    Lines(Reader text) {
      this.text = text;
    }

    /** The next line without its {@code \n}; null after the last. */
    String next() throws IOException {
      StringBuilder longer = null;
      while (true) {
        for (int i = start; i < end; i++) {
          if (buffer[i] == '\n') {
            String line = longer == null ? new String(buffer, start, i - start)
                : longer.append(buffer, start, i - start).toString();
            start = i + 1;
            return line;
          }
        }
        if (start < end) {
          longer = (longer == null ? new StringBuilder() : longer).append(buffer, start, end - start);
        }
        start = 0;
        end = ended ? -1 : text.read(buffer);
        if (end < 0) {
          end = 0;
          if (ended) {
            return null;
          }
          ended = true;
          // A text ending in a line break has an empty last line, as split("\n", -1) gives.
          return longer == null ? "" : longer.toString();
        }
      }
    }
  }

  /** One line's object; {@code columnShift} maps a column of {@code line} to the file's. */
  private static Map<?, ?> lineObject(String line, int lineNumber, int columnShift) {
    Object parsed;
    try {
      parsed = JsonReader.parse(line);
    } catch (MalformedJsonException e) {
      throw new TornLine("line " + lineNumber + " column "
          + Math.max(1, e.column() + columnShift) + ": " + e.problem(), e);
    }
    return object(parsed, "line " + lineNumber);
  }

  /** A line that is not JSON: cut short, when it is the last one of a JVM that died. */
  private static final class TornLine extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TornLine(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static RetentionReport report(Map<?, ?> header, Map<?, ?> footer,
      List<CheckRecord> checks) {
    String schema = string(header, "schema", "the report");
    if (!RetentionReport.SCHEMA.equals(schema) && !RetentionReport.SCHEMA_1.equals(schema)) {
      throw new IllegalArgumentException("expected the schema " + RetentionReport.SCHEMA
          + " (or " + RetentionReport.SCHEMA_1 + ") but was '" + schema + "'");
    }
    List<BaselineEntry> stale = null;
    if (footer.get("staleBaselineEntries") != null) {
      stale = new ArrayList<>();
      List<?> entries = list(footer, "staleBaselineEntries", "the report");
      for (int i = 0; i < entries.size(); i++) {
        String where = "stale baseline entry " + (i + 1);
        Map<?, ?> entry = object(entries.get(i), where);
        stale.add(new BaselineEntry(fingerprint(entry, where),
            string(entry, "reason", where)));
      }
    }
    return new RetentionReport(schema, number(header, "pid", "the report"),
        string(header, "java", "the report"), instant(header, "started"),
        footer.get("finished") == null ? null : instant(footer, "finished"),
        optionalString(header, "baseline", "the report"), checks, stale,
        optionalString(footer, "staleUnknownReason", "the report"), contexts(footer));
  }

  /** The footer's application contexts; null in a report that counted none. */
  private static ContextCounts contexts(Map<?, ?> footer) {
    if (footer.get("contexts") == null) {
      return null;
    }
    String where = "the report's contexts";
    Map<?, ?> counts = object(footer.get("contexts"), where);
    long created = number(counts, "created", where);
    long closed = number(counts, "closed", where);
    long released = number(counts, "released", where);
    long stillCached = number(counts, "stillCached", where);
    try {
      return new ContextCounts(created, closed, released, stillCached);
    } catch (IllegalArgumentException negative) {
      throw new IllegalArgumentException(where + ": " + negative.getMessage(), negative);
    }
  }

  private static CheckRecord check(Map<?, ?> json, String where) {
    List<LeakRecord> leaks = new ArrayList<>();
    List<?> array = json.get("leaks") == null ? List.of() : list(json, "leaks", where);
    for (int i = 0; i < array.size(); i++) {
      String leakWhere = where + " leak " + (i + 1);
      leaks.add(leak(object(array.get(i), leakWhere), leakWhere));
    }
    CheckVerdict verdict = word(json, "verdict", where, CheckVerdict::fromWord);
    // Schema 1 knew only object checks, with their counts beside the other fields.
    boolean firstSchema = !json.containsKey("kind");
    CheckKind kind = firstSchema ? CheckKind.OBJECT : word(json, "kind", where, CheckKind::fromWord);
    Map<?, ?> details = firstSchema ? json : object(json.get("details"), where + " details");
    Optional<String> unexplained = Optional.ofNullable(
        optionalString(json, "unexplainedReason", where));
    CheckDetails checkDetails = details(kind, details, where + " details");
    if (firstSchema && unexplained.isEmpty()
        && checkDetails instanceof ObjectDetails objects && leaks.size() < objects.retained()) {
      // Schema 1 left this implied: say it, as a check recorded now would.
      unexplained = Optional.of(leaks.isEmpty() ? "explanations are off"
          : leaks.size() + " of " + objects.retained() + " retained objects explained");
    }
    return new CheckRecord(kind, string(json, "source", where), string(json, "name", where),
        verdict, string(json, "collector", where), number(json, "timeMillis", where),
        Optional.ofNullable(optionalString(json, "inconclusiveReason", where)), unexplained,
        leaks, checkDetails);
  }

  private static CheckDetails details(CheckKind kind, Map<?, ?> json, String where) {
    return switch (kind) {
      case OBJECT, CONTEXT -> new ObjectDetails(Math.toIntExact(number(json, "checked", where)),
          Math.toIntExact(number(json, "retained", where)),
          number(json, "fullCollections", where));
      case INSTANCES -> new InstanceDetails(objects(json, "counts", where, (count, at) ->
          new InstanceCount(string(count, "className", at), number(count, "before", at),
              number(count, "after", at), Math.toIntExact(number(count, "allowance", at)))));
      case GROWTH -> new GrowthDetails(Math.toIntExact(number(json, "repetitions", where)),
          Math.toIntExact(number(json, "windows", where)),
          objects(json, "groups", where, (group, at) -> new GrowthGroupRecord(
              fingerprint(group, at), string(group, "className", at),
              number(group, "instancesPerThousandRepetitions", at) / 1000.0,
              number(group, "bytesPerRepetition", at), strings(group, "allocatedAt", at))));
      case THREADS -> new ThreadDetails(objects(json, "threads", where, (thread, at) ->
          new LeakedThreadRecord(string(thread, "name", at), string(thread, "state", at),
              bool(thread, "daemon", at), string(thread, "owner", at),
              strings(thread, "startedAt", at))));
    };
  }

  private static LeakRecord leak(Map<?, ?> json, String where) {
    List<String> path = strings(json, "path", where);
    return new LeakRecord(fingerprint(json, where), string(json, "object", where),
        word(json, "reachability", where, word -> constant(Reachability.class, word)),
        word(json, "rootKind", where, word -> constant(RootKind.class, word)),
        string(json, "root", where),
        path, number(json, "retainedBytes", where),
        Optional.ofNullable(optionalString(json, "baselineReason", where)),
        suspect(json, path, where));
  }

  /** The leak's suspect reference; none in a report written before suspects were recorded. */
  private static Optional<SuspectReference> suspect(Map<?, ?> json, List<String> path,
      String where) {
    if (json.get("suspect") == null) {
      return Optional.empty();
    }
    String at = where + " suspect";
    Map<?, ?> suspect = object(json.get("suspect"), at);
    long step = number(suspect, "step", at);
    long freedBytes = number(suspect, "freedBytes", at);
    if (step < 0 || step >= path.size() || freedBytes < SuspectReference.UNKNOWN_BYTES) {
      throw new IllegalArgumentException(at + ": expected \"step\" to index the path of "
          + path.size() + " and \"freedBytes\" to be " + SuspectReference.UNKNOWN_BYTES
          + " or more, but they were " + step + " and " + freedBytes);
    }
    return Optional.of(new SuspectReference((int) step, path.get((int) step), freedBytes));
  }

  /** A fingerprint field: 16 lowercase hex digits, as every writer makes them, or refused. */
  private static String fingerprint(Map<?, ?> json, String where) {
    String fingerprint = string(json, "fingerprint", where);
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException(where + ": expected \"fingerprint\" to be 16 lowercase"
          + " hex digits but was " + JsonWriter.write(fingerprint));
    }
    return fingerprint;
  }

  /** The constant of {@code type} that {@code word} names, in any case. */
  private static <E extends Enum<E>> E constant(Class<E> type, String word) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(word)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("not a " + type.getSimpleName() + ": '" + word + "'");
  }

  /** A field whose string names a constant, refused naming the field when it names none. */
  private static <T> T word(Map<?, ?> json, String field, String where,
      Function<String, T> parse) {
    String text = string(json, field, where);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<String> strings(Map<?, ?> json, String field, String where) {
    List<String> strings = new ArrayList<>();
    for (Object item : list(json, field, where)) {
      if (!(item instanceof String text)) {
        throw new IllegalArgumentException(where + ": expected \"" + field
            + "\" to hold strings");
      }
      strings.add(text);
    }
    return strings;
  }

  private static <T> List<T> objects(Map<?, ?> json, String field, String where,
      BiFunction<Map<?, ?>, String, T> read) {
    List<T> items = new ArrayList<>();
    List<?> array = list(json, field, where);
    for (int i = 0; i < array.size(); i++) {
      String at = where + " " + field + " " + (i + 1);
      items.add(read.apply(object(array.get(i), at), at));
    }
    return items;
  }

  private static boolean bool(Map<?, ?> json, String field, String where) {
    if (json.get(field) instanceof Boolean value) {
      return value;
    }
    throw expected(where, field, "true or false", json);
  }

  private static Map<?, ?> object(Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException(where + ": expected an object");
  }

  private static List<?> list(Map<?, ?> json, String field, String where) {
    if (json.get(field) instanceof List<?> list) {
      return list;
    }
    throw expected(where, field, "an array", json);
  }

  private static String string(Map<?, ?> json, String field, String where) {
    if (json.get(field) instanceof String text) {
      return text;
    }
    throw expected(where, field, "a string", json);
  }

  private static String optionalString(Map<?, ?> json, String field, String where) {
    return json.get(field) == null ? null : string(json, field, where);
  }

  private static long number(Map<?, ?> json, String field, String where) {
    if (json.get(field) instanceof Long number) {
      return number;
    }
    throw expected(where, field, "an integer", json);
  }

  private static Instant instant(Map<?, ?> json, String field) {
    String text = string(json, field, "the report");
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the report: expected \"" + field
          + "\" to be an instant such as 2026-01-31T12:00:00Z but was '" + text + "'", e);
    }
  }

  private static IllegalArgumentException expected(String where, String field, String kind,
      Map<?, ?> json) {
    return new IllegalArgumentException(where + ": expected \"" + field + "\" to be " + kind
        + (json.containsKey(field) ? " but was " + JsonWriter.write(json.get(field))
            : " but it is missing"));
  }
}
