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
import org.retention.core.probe.RetainedObject;

/**
 * The line format in which a child VM is asked for an analysis and answers it: one record per
 * line, tab-separated fields, with tabs, line breaks and backslashes escaped. Plain text, so no
 * serialization library is needed and a failure's output can be read.
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
    out.println(END);
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
          root.signature());
      path.steps().forEach(step -> step(out, "step", step));
      path.referenceLink().ifPresent(link -> step(out, "link", link));
    }
    out.println(END);
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
              new GcRoot(RootKind.valueOf(fields[4]), fields[5], fields[6]));
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
    StringBuilder text = new StringBuilder();
    for (String field : fields) {
      if (text.length() > 0) {
        text.append('\t');
      }
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }
    out.println(text);
  }

  private static String[] fields(String line) throws IOException {
    if (line == null) {
      throw new IOException("the input ended early");
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char escaped = line.charAt(++i);
        field.append(escaped == 't' ? '\t' : escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }

  private static void step(PrintStream out, String kind, PathStep step) {
    line(out, kind, step.kind().name(), step.holderClass(),
        step.field() == null ? "" : step.field(), Integer.toString(step.arrayIndex()));
  }

  private static PathStep step(String[] fields) {
    PathStep.Kind kind = PathStep.Kind.valueOf(fields[1]);
    return new PathStep(fields[2], kind == PathStep.Kind.FIELD ? fields[3] : null,
        Integer.parseInt(fields[4]), kind);
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
          path.retainedBytes));
    }
  }

  /** A path being read: its first line, then its steps and link. */
  private static final class PathLines {
    final RetainedObject object;
    final Reachability reachability;
    final long retainedBytes;
    final GcRoot root;
    final List<PathStep> steps = new ArrayList<>();
    Optional<PathStep> link = Optional.empty();

    PathLines(RetainedObject object, Reachability reachability, long retainedBytes, GcRoot root) {
      this.object = object;
      this.reachability = reachability;
      this.retainedBytes = retainedBytes;
      this.root = root;
    }
  }
}
