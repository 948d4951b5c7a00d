package org.retention.core.internal.probe;

import static org.assertj.core.api.BDDAssertions.then;

import java.time.DayOfWeek;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JvmConstants_whyAlwaysReachable_Test {

  static Stream<Arguments> constants() {
    Runnable nonCapturing = () -> { };
    Supplier<String> methodReference = String::new;
    return Stream.of(
        Arguments.of(Named.of("small Integer", 127), "the Integer cache (valueOf keeps -128..127)"),
        Arguments.of(Named.of("small negative Integer", -128),
            "the Integer cache (valueOf keeps -128..127)"),
        Arguments.of(Named.of("small Long", 0L), "the Long cache (valueOf keeps -128..127)"),
        Arguments.of(Named.of("small Short", (short) 5), "the Short cache (valueOf keeps -128..127)"),
        Arguments.of(Named.of("Byte", (byte) -1), "the Byte cache (valueOf keeps every Byte)"),
        Arguments.of(Named.of("ASCII Character", 'a'), "the Character cache (valueOf keeps 0..127)"),
        Arguments.of(Named.of("Boolean.TRUE", Boolean.TRUE),
            "the Boolean class (Boolean.TRUE and Boolean.FALSE are its constants)"),
        Arguments.of(Named.of("Boolean.FALSE", false),
            "the Boolean class (Boolean.TRUE and Boolean.FALSE are its constants)"),
        Arguments.of(Named.of("enum constant", DayOfWeek.FRIDAY),
            "its enum class java.time.DayOfWeek (enum constants live as long as their class)"),
        Arguments.of(Named.of("string literal", "literal"),
            "the JVM's string table (string literals and interned strings)"),
        Arguments.of(Named.of("interned string", new String(new char[] {'i', 'n'}).intern()),
            "the JVM's string table (string literals and interned strings)"),
        Arguments.of(Named.of("a Class", Thread.class),
            "its class loader (java.lang.Thread lives as long as its loader)"),
        Arguments.of(Named.of("a Class of the application loader", JvmConstants.class),
            "its class loader (" + JvmConstants.class.getName() + " lives as long as its loader)"),
        Arguments.of(Named.of("the application class loader", ClassLoader.getSystemClassLoader()),
            "the JVM itself (the platform and application class loaders live as long as the VM)"),
        Arguments.of(Named.of("the platform class loader", ClassLoader.getPlatformClassLoader()),
            "the JVM itself (the platform and application class loaders live as long as the VM)"),
        Arguments.of(Named.of("non-capturing lambda", nonCapturing),
            "its call site (a lambda that captures nothing is created once and cached)"),
        Arguments.of(Named.of("non-capturing method reference", methodReference),
            "its call site (a lambda that captures nothing is created once and cached)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void should_name_what_keeps_a_jvm_constant_alive(Object constant, String reason) {
    // WHEN
    var why = JvmConstants.whyAlwaysReachable(constant);
    // THEN
    then(why).contains(reason);
  }

  static Stream<Named<Object>> collectable() {
    String prefix = "captured";
    Supplier<String> capturing = () -> prefix + "!";
    return Stream.of(
        Named.of("Integer.valueOf(1000)", Integer.valueOf(1000)),
        Named.of("Long.valueOf(1000)", Long.valueOf(1000)),
        Named.of("Character outside the cache", Character.valueOf('\u00e9')),
        Named.of("new String(\"x\")", new String("x")),
        Named.of("a string built at run time", new StringBuilder("run").append("time").toString()),
        Named.of("new Object()", new Object()),
        Named.of("capturing lambda", capturing),
        Named.of("an anonymous class", new Object() { }),
        Named.of("a class loader of the user's", new ClassLoader() { }),
        Named.of("a Class defined by a loader of the user's", definedByItsOwnLoader()));
  }

  /** A copy of {@link Widget}'s class, defined by a loader that can be collected. */
  private static Class<?> definedByItsOwnLoader() {
    try (java.io.InputStream in = Widget.class.getResourceAsStream(
        Widget.class.getName().substring(Widget.class.getPackageName().length() + 1) + ".class")) {
      byte[] bytes = in.readAllBytes();
      return new ClassLoader() {
        Class<?> define() {
          return defineClass(Widget.class.getName(), bytes, 0, bytes.length);
        }
      }.define();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Copied into a loader of its own. */
  static final class Widget {
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collectable")
  void should_say_nothing_about_an_object_that_can_be_collected(Object object) {
    // WHEN
    var why = JvmConstants.whyAlwaysReachable(object);
    // THEN
    then(why).isEmpty();
  }

  @Test
  void should_say_nothing_about_null() {
    then(JvmConstants.whyAlwaysReachable(null)).isEmpty();
  }

  @Test
  void should_not_intern_the_string_it_checks() {
    // GIVEN
    String fresh = new StringBuilder("never-").append("interned-").append(42).toString();
    // WHEN
    JvmConstants.whyAlwaysReachable(fresh);
    // THEN
    then(fresh.intern()).as("the canonical string is not the one checked").isNotSameAs(fresh);
  }
}
