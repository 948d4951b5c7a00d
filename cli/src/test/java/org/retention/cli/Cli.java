package org.retention.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the command line, in this JVM or as {@code java -jar}, and keeps what it printed. */
final class Cli {
  /** What one run gave: its exit code, standard output and standard error. */
  record Run(int exitCode, String out, String err) {}

  private Cli() {}

  /** Through the public entry point, in this JVM. */
  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
         PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = RetentionCli.run(args, outStream, errStream);
    }
    return new Run(code, lines(out), lines(err));
  }

  /** The shaded jar in a child JVM, as a build tool starts it, from {@code directory}. */
  static Run jar(Path directory, String... args) throws IOException, InterruptedException {
    Path jar = jarFile();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(directory, "out", ".txt");
    Path err = Files.createTempFile(directory, "err", ".txt");
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar " + jar + " did not end within 60 s");
    }
    Run run = new Run(process.exitValue(), Files.readString(out).replace(System.lineSeparator(), "\n"),
        Files.readString(err).replace(System.lineSeparator(), "\n"));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  /** The shaded jar that {@code package} built. */
  static Path jarFile() {
    return Path.of(System.getProperty("retention.cli.jar",
        "target/retention-cli-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
  }

  /** Copies the two-shard report set of the test resources into {@code directory}. */
  static void copyTwoShards(Path directory) {
    try {
      Path source = Path.of(Cli.class.getResource("/two-shards").toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path target = directory.resolve(source.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String lines(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
