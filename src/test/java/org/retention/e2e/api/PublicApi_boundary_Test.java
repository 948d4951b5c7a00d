package org.retention.e2e.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The line between what users may rely on and what may change: no public signature of a published
 * module names a type from an {@code internal} package, every public type is documented with an
 * example, every jar has a module name, and the samples use only the public API.
 */
class PublicApi_boundary_Test {
  /** The published modules whose API users code against, by folder. */
  private static final List<String> API_MODULES = List.of("core", "assertj-ext", "junit-ext");
  /** Those and the Maven plugin, whose classes need Maven's API to load: checked as sources. */
  private static final List<String> DOCUMENTED_MODULES =
      List.of("core", "assertj-ext", "junit-ext", "maven-plugin", "gate", "cli", "spring");
  /** The modules whose jars are built (samples too, though never published). */
  private static final List<String> JAR_MODULES = List.of("core", "assertj-ext", "junit-ext",
      "samples", "maven-plugin", "gate", "cli", "spring");
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public (?:abstract |final |sealed |non-sealed )*(?:class|interface|enum|record|@interface)"
          + " (\\w+)", Pattern.MULTILINE);

  @Test
  void should_name_no_internal_type_in_any_public_signature() throws Exception {
    // GIVEN every public type outside internal packages
    Set<String> leaks = new TreeSet<>();
    for (Class<?> type : publicApiTypes()) {
      // WHEN its visible signatures are read
      for (Type used : visibleSignatures(type)) {
        for (Class<?> named : classesIn(used)) {
          if (named.getName().contains(".internal.")) {
            leaks.add(type.getName() + " exposes " + named.getName());
          }
        }
      }
    }
    // THEN none names an internal type
    assertThat(leaks).isEmpty();
  }

  @Test
  void should_find_the_api_it_guards() throws Exception {
    // A guard that scans nothing would pass forever: it must see the types users call.
    assertThat(publicApiTypes()).extracting(Class::getName).contains(
        "org.retention.core.RetentionCheck", "org.retention.assertj.RetentionAssertions",
        "org.retention.junit.RetentionExtension");
  }

  @Test
  void should_document_every_public_type_with_an_example() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (Path source : apiSources()) {
      String text = Files.readString(source);
      Matcher type = PUBLIC_TYPE.matcher(text);
      if (type.find()) {
        String before = text.substring(0, type.start());
        int javadoc = before.lastIndexOf("/**");
        if (javadoc < 0 || !before.substring(javadoc).contains("<pre>")) {
          undocumented.add(ROOT.relativize(source).toString());
        }
      }
    }
    assertThat(undocumented).as("public types without a Javadoc example").isEmpty();
  }

  @Test
  void should_give_every_published_jar_a_module_name() throws IOException {
    for (String module : JAR_MODULES) {
      Path jar = builtJar(module);
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as("Automatic-Module-Name of %s", jar.getFileName())
            .startsWith("org.retention.");
      }
    }
  }

  @Test
  void should_ship_the_license_and_notice_in_every_published_jar() throws IOException {
    for (String module : JAR_MODULES) {
      Path jar = builtJar(module);
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(file.getEntry("META-INF/LICENSE")).as("META-INF/LICENSE of %s",
            jar.getFileName()).isNotNull();
        assertThat(new String(file.getInputStream(file.getEntry("META-INF/LICENSE"))
            .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .contains("Apache License", "Version 2.0, January 2004");
        assertThat(file.getEntry("META-INF/NOTICE")).as("META-INF/NOTICE of %s",
            jar.getFileName()).isNotNull();
      }
    }
  }

  @Test
  void should_let_the_samples_use_only_the_public_api() throws IOException {
    List<String> internalUses = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(ROOT.resolve("samples/src/main/java"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        if (Files.readString(source).contains(".internal.")) {
          internalUses.add(ROOT.relativize(source).toString());
        }
      }
    }
    assertThat(internalUses).isEmpty();
  }

  @Test
  void should_let_no_adapter_import_an_internal_type_of_core() throws IOException {
    // A signature check cannot see what a method body uses: the imports can.
    assertThat(importsMatching(List.of("assertj-ext", "junit-ext", "maven-plugin", "gate", "cli",
        "samples", "spring"),
        "org.retention.core.internal")).isEmpty();
  }

  @Test
  void should_let_the_maven_plugin_only_translate_for_the_shared_gate() throws IOException {
    // The plugin and retention-cli share one gate: the goals use its API and keep no gate logic.
    assertThat(importsMatching(List.of("maven-plugin"), "org.retention.gate.RetentionGate"))
        .isNotEmpty();
    assertThat(importsMatching(List.of("maven-plugin"), "org.retention.gate.internal")).isEmpty();
    assertThat(linesMatching(List.of("maven-plugin"), Pattern.compile("^package .*\\.internal")))
        .isEmpty();
  }

  @Test
  void should_let_core_name_no_adapter() throws IOException {
    assertThat(linesMatching(List.of("core"), Pattern.compile("org\\.retention\\.(assertj|junit)")))
        .isEmpty();
  }

  @Test
  void should_keep_core_value_packages_free_of_internal_imports() throws IOException {
    // Plain values import no machinery: wording and computation live in what makes them. The
    // only public classes that may are the engines users start: the probe and the growth check.
    List<String> imports = new ArrayList<>();
    for (String line : importsMatching(List.of("core"), "org.retention.core.internal")) {
      boolean valuePackage = line.matches("core/src/main/java/org/retention/core/"
          + "(explain|report|probe|growth)/.*");
      boolean engine = line.startsWith("core/src/main/java/org/retention/core/probe/RetentionProbe.java")
          || line.startsWith("core/src/main/java/org/retention/core/growth/HeapGrowthCheck.java");
      if (valuePackage && !engine) {
        imports.add(line);
      }
    }
    assertThat(imports).isEmpty();
  }

  @Test
  void should_export_only_the_api_packages_of_core_from_its_module_descriptor()
      throws IOException {
    // GIVEN core's jar
    Path jar = builtJar("core");
    // WHEN its descriptor is read
    ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    // THEN it is a real module that exports the API and no internal package
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.name()).isEqualTo("org.retention.core");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("org.retention.core", "org.retention.core.explain",
            "org.retention.core.growth", "org.retention.core.probe", "org.retention.core.report");
    assertThat(descriptor.packages()).anyMatch(name -> name.contains(".internal."));
  }

  /** Import lines, as {@code path: line}, of the modules' main sources that name {@code prefix}. */
  private static List<String> importsMatching(List<String> modules, String prefix)
      throws IOException {
    return linesMatching(modules, Pattern.compile("^import (static )?" + Pattern.quote(prefix)));
  }

  private static List<String> linesMatching(List<String> modules, Pattern pattern)
      throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : modules) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
          for (String line : Files.readAllLines(source)) {
            if (pattern.matcher(line).find()) {
              found.add(ROOT.relativize(source) + ": " + line.strip());
            }
          }
        }
      }
    }
    return found;
  }

  private static Path builtJar(String module) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve(module).resolve("target"))) {
      return files.filter(path -> path.getFileName().toString()
              .matches("retention-[a-z-]+-\\d[^-]*(-SNAPSHOT)?\\.jar"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no jar in " + module + "/target: the jars are"
              + " built by the package phase, so run `mvn verify`"));
    }
  }

  private static List<Path> apiSources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : DOCUMENTED_MODULES) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        files.filter(path -> path.toString().endsWith(".java"))
            .filter(path -> !path.toString().contains("/internal/"))
            .filter(path -> !path.getFileName().toString().equals("package-info.java"))
            .forEach(sources::add);
      }
    }
    return sources;
  }

  private static List<Class<?>> publicApiTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    for (String module : API_MODULES) {
      Path classes = ROOT.resolve(module).resolve("target/classes");
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
          String name = classes.relativize(file).toString().replace('/', '.')
              .replaceAll("\\.class$", "");
          if (name.contains(".internal.") || name.endsWith("package-info")
              || name.equals("module-info")) {
            continue;
          }
          Class<?> type = Class.forName(name, false, PublicApi_boundary_Test.class.getClassLoader());
          if (isVisible(type)) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isSynthetic() && !type.isAnonymousClass();
  }

  private static List<Type> visibleSignatures(Class<?> type) {
    List<Type> used = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      used.add(type.getGenericSuperclass());
    }
    used.addAll(List.of(type.getGenericInterfaces()));
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers(), type)) {
        used.add(field.getGenericType());
      }
    }
    List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
    executables.addAll(List.<Constructor<?>>of(type.getDeclaredConstructors()));
    for (Executable executable : executables) {
      if (visible(executable.getModifiers(), type) && !executable.isSynthetic()) {
        used.addAll(List.of(executable.getGenericParameterTypes()));
        used.addAll(List.of(executable.getGenericExceptionTypes()));
        if (executable instanceof Method method) {
          used.add(method.getGenericReturnType());
        }
      }
    }
    return used;
  }

  /** Public, or protected in a class users may extend. */
  private static boolean visible(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers)
        || Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers());
  }

  private static List<Class<?>> classesIn(Type type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type instanceof Class<?> c) {
      classes.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType parameterized) {
      classes.addAll(classesIn(parameterized.getRawType()));
      for (Type argument : parameterized.getActualTypeArguments()) {
        classes.addAll(classesIn(argument));
      }
    } else if (type instanceof GenericArrayType array) {
      classes.addAll(classesIn(array.getGenericComponentType()));
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
          .forEach(bound -> classes.addAll(classesIn(bound)));
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        if (bound instanceof Class<?> c) {
          classes.add(c);
        }
      }
    }
    return classes;
  }
}
