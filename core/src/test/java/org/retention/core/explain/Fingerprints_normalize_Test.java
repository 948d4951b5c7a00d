package org.retention.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every name the JVM or a library generates loses what varies from run to run. */
class Fingerprints_normalize_Test {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "com.acme.Cache$$Lambda$14/0x0000000800c03000|com.acme.Cache$$Lambda",
      "com.acme.Cache$$Lambda$434+0x00007f51a00cfdd8|com.acme.Cache$$Lambda",
      "com.acme.Cache$$Lambda+0x000071b4d8003a40|com.acme.Cache$$Lambda",
      "com.acme.Cache$$Lambda/0x000071b4d8003a40|com.acme.Cache$$Lambda",
      "com.acme.Cache$$Lambda.0x000071b4d8003a40|com.acme.Cache$$Lambda",
      "com.acme.Cache$$Lambda$434|com.acme.Cache$$Lambda",
      "jdk.proxy2.$Proxy12|jdk.proxy.$Proxy",
      "com.sun.proxy.$Proxy7|com.sun.proxy.$Proxy",
      "com.acme.Greeter$$EnhancerBySpringCGLIB$$1a2b3c4d|com.acme.Greeter$$EnhancerBySpringCGLIB$$",
      "com.acme.Greeter$$SpringCGLIB$$0|com.acme.Greeter$$SpringCGLIB$$",
      "com.acme.Greeter$ByteBuddy$AbCdEf12|com.acme.Greeter$ByteBuddy$",
      "com.acme.Greeter$MockitoMock$1234567|com.acme.Greeter$MockitoMock$",
      "com.acme.Hidden/0x0000000801001c00|com.acme.Hidden",
      "java.util.HashMap$Node|java.util.HashMap$Node"})
  void should_drop_numbers_and_addresses(String generated, String stable) {
    // WHEN
    String normalized = Fingerprints.normalize(generated);
    // THEN
    assertThat(normalized).isEqualTo(stable);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "com.acme.LeakySessionCache$$Lambda$434+0x00007f51a00cfdd8|arg$2|lambda in com.acme.LeakySessionCache (captures arg$2)",
      "com.acme.LeakySessionCache$$Lambda+0x000071b4d8003a40|arg$1|lambda in com.acme.LeakySessionCache (captures arg$1)",
      "jdk.proxy2.$Proxy12|h|proxy $Proxy.h",
      "com.acme.Cache$1|session|Cache$1.session"})
  void should_show_a_step_without_an_address(String holder, String field, String text) {
    // GIVEN
    PathStep step = new PathStep(holder, field, -1);
    // WHEN
    String shown = step.text();
    // THEN
    assertThat(shown).isEqualTo(text).doesNotContainPattern("0x\\p{XDigit}");
  }
}
