package org.retention.core.internal.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ClassHistogram_parse_Test {

  @Test
  void parses_rows_of_jdk_17_and_25_with_modules_arrays_and_hidden_classes() {
    String text = """
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:          4842         233712  [B (java.base@17.0.15)
           2:          1600         164736  [Ljava.lang.Object; (java.base@17.0.15)
          18:          1000          16000  H$Foo
         280:             1             96  [[I (java.base@25.0.3)
         459:             1             24  H$$Lambda/0x000000004a040420
        Total         29844        1799376
        """;

    ClassHistogram histogram = ClassHistogram.parse(text);

    assertThat(histogram.instancesByName()).containsExactly(
        entry("[B", 4842L),
        entry("[Ljava.lang.Object;", 1600L),
        entry("H$Foo", 1000L),
        entry("[[I", 1L),
        entry("H$$Lambda/0x000000004a040420", 1L));
    assertThat(histogram.bytesOf("H$Foo")).isEqualTo(16000);
    assertThat(histogram.bytesOf("[Ljava.lang.Object;")).isEqualTo(164736);
  }

  @Test
  void adds_up_same_named_classes_of_different_loaders() {
    String text = """
           1:            10            160  org.example.Session
           2:             3             48  org.example.Session
        """;

    assertThat(ClassHistogram.parse(text).instancesOf("org.example.Session")).isEqualTo(13);
    assertThat(ClassHistogram.parse(text).instancesOf("org.example.Other")).isZero();
    assertThat(ClassHistogram.parse(text).bytesOf("org.example.Session")).isEqualTo(208);
  }
}
