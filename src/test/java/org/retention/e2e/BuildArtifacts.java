package org.retention.e2e;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern MANIFEST_ENTRIES =
      Pattern.compile("(?s)<manifestEntries>(.*?)</manifestEntries>");
  /** An entry with a literal value: one that names a property is the parent's, not a module's. */
  private static final Pattern MANIFEST_ENTRY = Pattern.compile("<([\\w-]+)>([^<$]*)</\\1>");

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
          // mvn test: the reactor hands out target/classes, not a jar
          pack(classes, manifest(projectRoot.resolve(artifact.module()).resolve("pom.xml")), jar);
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

  /**
   * The manifest the module's jar plugin writes, as far as its own POM spells the entries out:
   * retention-core's names the agent, which {@code -javaagent} needs.
   */
  private static Manifest manifest(Path modulePom) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    Matcher entries = MANIFEST_ENTRIES.matcher(Files.readString(modulePom));
    while (entries.find()) {
      Matcher entry = MANIFEST_ENTRY.matcher(entries.group(1));
      while (entry.find()) {
        manifest.getMainAttributes().putValue(entry.group(1), entry.group(2).strip());
      }
    }
    return manifest;
  }

  private static void pack(Path classes, Manifest manifest, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
         Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }
}
