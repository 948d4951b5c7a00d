package org.retention.core.internal.heap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RetentionPath;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.SuspectReference;
import org.retention.core.internal.json.JsonReader;
import org.retention.core.internal.json.JsonWriter;
import org.retention.core.internal.json.MalformedJsonException;
import org.retention.core.probe.RetainedObject;

/**
 * The line format in which a child VM is asked for an analysis and answers it: one record per
 * line, a JSON array of strings ({@link JsonWriter} never breaks a line, and escapes any text,
 * lone surrogates included). Plain text, so no serialization library is needed and a failure's
 * output can be read.
 *
 * <pre>{@code
 * AnalysisLines.writeRequest(request, childInput);          // parent
 * AnalysisLines.Request request = AnalysisLines.readRequest(System.in reader);   // child
 * AnalysisLines.writeResult(result, System.out);            // child
 * HeapAnalysis.Result result = AnalysisLines.readResult(lines, verdict.retained());   // parent
 * }</pre>
 */
final class AnalysisLines {
  /** The last line of a request and of a result. */
  static final String END = "end";
  /** A result line that says why the analysis failed. */
  static final String ERROR = "error";

  private AnalysisLines() {}

  /** What the child analyses: the dump, the probe, and the parent's view of the objects. */
  record Request(Path dump, long probeId, int retainedCount, VmLayout layout, OwnFrames ownFrames,
      List<RetainedObject> retained) {}

  static void writeRequest(Request request, PrintStream out) {
    line(out, "dump", request.dump().toString());
    line(out, "probe", Long.toString(request.probeId()));
    line(out, "retainedCount", Integer.toString(request.retainedCount()));
    VmLayout layout = request.layout();
    line(out, "layout", Integer.toString(layout.referenceSize()),
        Integer.toString(layout.instanceHeader()), Integer.toString(layout.arrayHeader()));
    request.ownFrames().classNames().forEach(name -> line(out, "ownClass", name));
    request.ownFrames().packagePrefixes().forEach(prefix -> line(out, "ownPackage", prefix));
    // Only the index and class: a description is the user's text, which the child never needs.
    request.retained().forEach(object ->
        line(out, "retained", Integer.toString(object.index()), object.className()));
    line(out, END);
    out.flush();
  }

  static Request readRequest(BufferedReader in) throws IOException {
    Path dump = null;
    long probeId = 0;
    int retainedCount = 0;
    VmLayout layout = null;
    Set<String> ownClasses = new LinkedHashSet<>();
    List<String> ownPackages = new ArrayList<>();
    List<RetainedObject> retained = new ArrayList<>();
    for (String[] fields = fields(in.readLine()); !fields[0].equals(END);
        fields = fields(in.readLine())) {
      switch (fields[0]) {
        case "dump" -> dump = Path.of(fields[1]);
        case "probe" -> probeId = Long.parseLong(fields[1]);
        case "retainedCount" -> retainedCount = Integer.parseInt(fields[1]);
        case "layout" -> layout = new VmLayout(Integer.parseInt(fields[1]),
            Integer.parseInt(fields[2]), Integer.parseInt(fields[3]));
        case "ownClass" -> ownClasses.add(fields[1]);
        case "ownPackage" -> ownPackages.add(fields[1]);
        case "retained" -> retained.add(
            new RetainedObject(Integer.parseInt(fields[1]), "", fields[2], ""));
        default -> throw new IOException("unknown request line: " + fields[0]);
      }
    }
    return new Request(dump, probeId, retainedCount, layout,
        OwnFrames.of(ownClasses, ownPackages), retained);
  }

  static void writeResult(HeapAnalysis.Result result, PrintStream out) {
    result.reachability().forEach((way, count) ->
        line(out, "reachability", way.name(), Integer.toString(count)));
    for (RetentionPath path : result.paths()) {
      GcRoot root = path.root();
      line(out, "path", Integer.toString(path.object().index()), path.reachability().name(),
          Long.toString(path.retainedBytes()), root.kind().name(), root.description(),
          root.signature(), Long.toString(path.suspect()
              .map(SuspectReference::freedBytes).orElse(SuspectReference.UNKNOWN_BYTES)));
      path.steps().forEach(step -> step(out, "step", step));
      path.referenceLink().ifPresent(link -> step(out, "link", link));
    }
    line(out, END);
    out.flush();
  }

  /**
   * The result in {@code lines}, with each path's object taken from {@code retained} by index, so
   * the paths are those the parent would have built itself, fingerprints included.
   *
   * @throws IOException when the lines hold an error or are cut short
   */
  static HeapAnalysis.Result readResult(List<String> lines, List<RetainedObject> retained)
      throws IOException {
    Map<Reachability, Integer> reachability = new EnumMap<>(Reachability.class);
    List<RetentionPath> paths = new ArrayList<>();
    PathLines path = null;
    for (String line : lines) {
      String[] fields = fields(line);
      switch (fields[0]) {
        case "reachability" ->
            reachability.put(Reachability.valueOf(fields[1]), Integer.parseInt(fields[2]));
        case "path" -> {
          addTo(paths, path);
          path = new PathLines(object(retained, Integer.parseInt(fields[1])),
              Reachability.valueOf(fields[2]), Long.parseLong(fields[3]),
              new GcRoot(RootKind.valueOf(fields[4]), fields[5], fields[6]),
              Long.parseLong(fields[7]));
        }
        case "step" -> path.steps.add(step(fields));
        case "link" -> path.link = Optional.of(step(fields));
        case ERROR -> throw new IOException(fields[1]);
        case END -> {
          addTo(paths, path);
          return new HeapAnalysis.Result(paths, reachability);
        }
        default -> throw new IOException("unknown result line: " + fields[0]);
      }
    }
    throw new IOException("the analysis ended without a result");
  }

  /** Writes {@code fields} as one line. */
  static void line(PrintStream out, String... fields) {
    out.println(JsonWriter.write(List.of(fields)));
  }

  /** Whether {@code line} is the last a child writes: the end of a result, or an error. */
  static boolean endsResult(String line) {
    try {
      String kind = fields(line)[0];
      return kind.equals(END) || kind.equals(ERROR);
    } catch (IOException notALine) {
      // The VM's own words, such as its out-of-memory message.
      return false;
    }
  }

  private static String[] fields(String line) throws IOException {
    if (line == null) {
      throw new IOException("the input ended early");
    }
    try {
      if (JsonReader.parse(line) instanceof List<?> fields && !fields.isEmpty()
          && fields.stream().allMatch(String.class::isInstance)) {
        return fields.toArray(String[]::new);
      }
    } catch (MalformedJsonException malformed) {
      // Said below.
    }
    throw new IOException("not a line of the analysis: " + line);
  }

  /** A step's line: its kind, class, field and index, then any proxy interfaces. */
  private static void step(PrintStream out, String kind, PathStep step) {
    List<String> fields = new ArrayList<>(List.of(kind, step.kind().name(), step.holderClass(),
        step.field() == null ? "" : step.field(), Integer.toString(step.arrayIndex())));
    fields.addAll(step.proxyInterfaces());
    line(out, fields.toArray(String[]::new));
  }

  private static PathStep step(String[] fields) {
    PathStep.Kind kind = PathStep.Kind.valueOf(fields[1]);
    return new PathStep(fields[2], kind == PathStep.Kind.FIELD ? fields[3] : null,
        Integer.parseInt(fields[4]), kind, List.of(fields).subList(5, fields.length));
  }

  private static RetainedObject object(List<RetainedObject> retained, int index)
      throws IOException {
    for (RetainedObject object : retained) {
      if (object.index() == index) {
        return object;
      }
    }
    throw new IOException("the analysis named no retained object #" + index);
  }

  private static void addTo(List<RetentionPath> paths, PathLines path) {
    if (path != null) {
      paths.add(RetentionPath.of(path.object, path.reachability, path.root, path.steps, path.link,
          path.retainedBytes, path.suspectBytes));
    }
  }

  /** A path being read: its first line, then its steps and link. */
  private static final class PathLines {
    final RetainedObject object;
    final Reachability reachability;
    final long retainedBytes;
    final GcRoot root;
    final long suspectBytes;
    final List<PathStep> steps = new ArrayList<>();
    Optional<PathStep> link = Optional.empty();

    PathLines(RetainedObject object, Reachability reachability, long retainedBytes, GcRoot root,
        long suspectBytes) {
      this.object = object;
      this.reachability = reachability;
      this.retainedBytes = retainedBytes;
      this.root = root;
      this.suspectBytes = suspectBytes;
    }
  }
}
