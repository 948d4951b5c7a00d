package org.retention.e2e;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.retention.assertj.RetentionAssertions;
import org.retention.core.RetentionCheck;
import org.retention.junit.RetentionExtension;

/**
 * Installs this build's published Retention artifacts into a local repository, laid out as
 * {@code mvn install} lays them out: the jars these end-to-end tests run against (from their class
 * path, so a {@code verify} run uses the reactor's fresh jars) and the POMs of this checkout.
 *
 * <pre>{@code
 * new BuildArtifacts(Path.of(".."), "0.1.0-SNAPSHOT").installInto(repository);
 * }</pre>
 *
 * <p>An artifact without install metadata counts as locally installed for Maven, so the copies
 * need nothing more; and the user's own local repository is never written to.
 *
 * @param projectRoot the checkout's root, where the parent POM is
 * @param version the version every module of the checkout has
 */
record BuildArtifacts(Path projectRoot, String version) {
  private static final String GROUP_PATH = "org/retention";

  /** One published artifact: its artifactId, its module's folder, a class its jar holds. */
  private record Artifact(String artifactId, String module, Class<?> inJar) {}

  private static final List<Artifact> PUBLISHED = List.of(
      new Artifact("retention-parent", ".", null),
      new Artifact("retention-bom", "bom", null),
      new Artifact("retention-core", "core", RetentionCheck.class),
      new Artifact("retention-assertj", "assertj-ext", RetentionAssertions.class),
      new Artifact("retention-junit", "junit-ext", RetentionExtension.class));

  /** Copies every published artifact's POM, and its jar if it has one, into {@code repository}. */
  void installInto(Path repository) throws IOException {
    for (Artifact artifact : PUBLISHED) {
      Path directory = repository.resolve(GROUP_PATH).resolve(artifact.artifactId()).resolve(version);
      Files.createDirectories(directory);
      String base = artifact.artifactId() + "-" + version;
      Files.copy(projectRoot.resolve(artifact.module()).resolve("pom.xml"),
          directory.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
      if (artifact.inJar() != null) {
        Path jar = directory.resolve(base + ".jar");
        Path classes = whereLoaded(artifact.inJar());
        if (Files.isDirectory(classes)) {
          pack(classes, jar);   // mvn test: the reactor hands out target/classes, not a jar
        } else {
          Files.copy(classes, jar, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static Path whereLoaded(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
    }
  }

  private static void pack(Path classes, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
         Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }
}
