package org.retention.gate.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.retention.core.RetentionReports;

/**
 * Finds the report files to merge: every {@value RetentionReports#FILE_GLOB} under the report
 * directory, plus the files, directories and globs a user names (reports gathered from CI
 * shards). A file found twice is merged once.
 *
 * <pre>{@code
 * List<Path> files = ReportFiles.find(Path.of("target/retention"),
 *     List.of("shards/**&#47;*.json"), Path.of("."));
 * }</pre>
 */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * The report files, sorted by path within each source.
   *
   * @param reportDirectory where the test JVMs wrote their reports; may not exist
   * @param extra more report files, directories (their reports) or globs such as
   *     {@code shards/**}{@code /*.json}, relative to {@code base}
   * @param base the directory relative names are resolved against
   * @throws IllegalArgumentException naming an extra file that does not exist
   */
  public static List<Path> find(Path reportDirectory, Collection<String> extra, Path base)
      throws IOException {
    Set<Path> files = new LinkedHashSet<>(reportsUnder(reportDirectory));
    for (String pattern : extra) {
      String trimmed = pattern.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (isGlob(trimmed)) {
        files.addAll(matching(base, trimmed));
        continue;
      }
      Path file = base.resolve(trimmed).normalize();
      if (Files.isDirectory(file)) {
        files.addAll(reportsUnder(file));
      } else if (Files.isRegularFile(file)) {
        files.add(file.toAbsolutePath().normalize());
      } else {
        throw new IllegalArgumentException("The retention report " + file + " does not exist");
      }
    }
    return List.copyOf(files);
  }

  private static List<Path> reportsUnder(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    PathMatcher report = FileSystems.getDefault().getPathMatcher("glob:" + RetentionReports.FILE_GLOB);
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> report.matches(file.getFileName()))
          .map(file -> file.toAbsolutePath().normalize())
          .sorted()
          .toList();
    }
  }

  /** Files matching a glob: the walk starts at the glob's longest directory without wildcards. */
  private static List<Path> matching(Path base, String glob) throws IOException {
    Path absolute = base.resolve(glob.replace('\\', '/')).normalize().toAbsolutePath();
    Path start = absolute.getRoot();
    for (Path name : absolute) {
      if (isGlob(name.toString())) {
        break;
      }
      start = start.resolve(name);
    }
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher(
        "glob:" + absolute.toString().replace("\\", "\\\\"));
    List<Path> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(start)) {
      walk.filter(Files::isRegularFile)
          .map(file -> file.toAbsolutePath().normalize())
          .filter(matcher::matches)
          .sorted()
          .forEach(found::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return found;
  }

  private static boolean isGlob(String text) {
    return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }
}
