package org.retention.core.internal.text;

import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retention.core.probe.Outcome;
import org.retention.core.probe.RetainedObject;
import org.retention.core.probe.RetentionVerdict;

class VerdictMessages_Test {
  private static final String NEWLINE = System.lineSeparator();

  private static RetentionVerdict retained(int retainedCount, int checked, long collections) {
    List<RetainedObject> retained = IntStream.range(0, Math.min(retainedCount, 100))
        .mapToObj(i -> new RetainedObject(i, "value", "org.example.Session", "\"s" + i + "\""))
        .toList();
    return new RetentionVerdict(Outcome.RETAINED, checked, retainedCount, retained, collections,
        "G1", Duration.ofMillis(1_234), "");
  }

  @Test
  void should_say_is_and_GC_for_one() {
    then(VerdictMessages.summary(retained(1, 1, 1)))
        .isEqualTo("1 of 1 is still reachable after 1 full GC (G1, 1,234 ms)");
  }

  @Test
  void should_say_are_and_GCs_for_several() {
    then(VerdictMessages.summary(retained(2, 5, 3)))
        .isEqualTo("2 of 5 are still reachable after 3 full GCs (G1, 1,234 ms)");
  }

  @ParameterizedTest(name = "default locale {0}")
  @ValueSource(strings = {"de-DE", "fr-FR", "hi-IN", "ar-EG", "en-US"})
  void should_group_thousands_with_commas_in_any_default_locale(String languageTag) {
    // GIVEN
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(languageTag));
    try {
      // WHEN
      String summary = VerdictMessages.summary(retained(1_000, 100_000, 2));
      // THEN
      then(summary).isEqualTo(
          "1,000 of 100,000 are still reachable after 2 full GCs (G1, 1,234 ms)");
      then(VerdictMessages.number(1_000_000)).isEqualTo("1,000,000");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void should_list_every_retained_object_up_to_the_maximum() {
    then(VerdictMessages.retainedList(retained(2, 2, 2))).isEqualTo(
        "  value \"s0\" (org.example.Session)" + NEWLINE
            + "  value \"s1\" (org.example.Session)" + NEWLINE);
  }

  @Test
  void should_list_ten_and_count_the_rest() {
    // WHEN
    String list = VerdictMessages.retainedList(retained(1_500, 2_000, 2));
    // THEN
    then(list.split(NEWLINE)).hasSize(VerdictMessages.MAX_LISTED + 1)
        .startsWith("  value \"s0\" (org.example.Session)")
        .endsWith("  value \"s9\" (org.example.Session)", "  ... and 1,490 more");
  }

  @Test
  void should_describe_a_retained_object_by_kind_description_and_class() {
    then(VerdictMessages.describe(new RetainedObject(3, "key", "java.lang.String", "\"k\"")))
        .isEqualTo("key \"k\" (java.lang.String)");
  }

  @Test
  void should_give_the_reason_and_what_was_seen_when_inconclusive() {
    // GIVEN
    RetentionVerdict verdict = new RetentionVerdict(Outcome.INCONCLUSIVE, 1_000, 1_000, List.of(),
        0, "Shenandoah", Duration.ofMillis(10_000), "the collector would not run");
    // WHEN
    String text = VerdictMessages.inconclusive(verdict);
    // THEN
    then(text).isEqualTo("no verdict could be given: the collector would not run"
        + " (1,000 of 1,000 still uncollected after 0 proven full GCs, 10,000 ms)");
  }
}
