package org.retention.assertj;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.RetentionAssertions.assertThatRepeated;
import static org.retention.assertj.RetentionAssertions.catchThrowable;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.CheckVerdict;
import org.retention.core.RetentionReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("counts live instances VM-wide")
class RepeatedActionAssert_doesNotLeak_Test {
  private static final String NL = System.lineSeparator();

  @Test
  void should_pass_when_each_repetition_lets_its_objects_go() {
    assertThatRepeated(Subscriptions::subscribeForOneRequest).doesNotLeak();
  }

  @Test
  void should_fail_with_class_rate_path_and_fingerprint_when_objects_pile_up() {
    // WHEN
    Throwable error = catchThrowable(() ->
        assertThatRepeated(Subscriptions::subscribeForever).times(40).doesNotLeak());
    // THEN
    assertThat(error).isInstanceOf(AssertionError.class);
    assertThat(error.getMessage()).matches(Pattern.compile(Pattern.quote(NL
        + "Expecting the repeated action not to leak, but objects of 1 class piled up in 1 place,"
        + " growing in every one of 7 measurement windows (3,440 repetitions, 10 to warm up; ")
        + "\\w+, [\\d,]+ ms\\):" + Pattern.quote(NL
        + "  org.retention.assertj.Subscriptions$Subscriber: 1 instance and 16 bytes retained per"
        + " repetition" + NL
        + "  GC root: static field org.retention.assertj.Subscriptions.SUBSCRIBERS" + NL
        + "    CopyOnWriteArrayList.array" + NL
        + "    Object[][") + "\\d+" + Pattern.quote("]    <- piles up here: java.lang.Object[]"
        + " holds ") + "[\\d,]+" + Pattern.quote(" of them" + NL
        + "    -> org.retention.assertj.Subscriptions$Subscriber" + NL
        + "  leak fingerprint: ") + "\\p{XDigit}{16}" + Pattern.quote(NL), Pattern.DOTALL));
  }

  @Test
  void should_record_the_growth_with_its_fingerprint_in_the_report() throws IOException {
    // GIVEN
    LeakGate gate = SharedLeakGate.get(key -> Optional.ofNullable(System.getProperty(key)));
    assumeTrue(gate.reportFile().isPresent(), "the report is off (retention.report.dir=none)");
    // WHEN
    Throwable error = catchThrowable(() ->
        assertThatRepeated(Subscriptions::subscribeForever).as("subscribers").doesNotLeak());
    // THEN
    Matcher fingerprint = Pattern.compile("leak fingerprint: (\\p{XDigit}{16})")
        .matcher(error.getMessage());
    assertThat(fingerprint.find()).isTrue();
    CheckRecord recorded = RetentionReports.read(gate.reportFile().get()).checks().stream()
        .filter(check -> check.name().equals("subscribers")).findFirst().orElseThrow();
    assertThat(recorded.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(recorded.kind()).isEqualTo(CheckKind.GROWTH);
    assertThat(recorded.details()).isInstanceOfSatisfying(GrowthDetails.class, growth -> {
      // 40 asked for, then confirming windows of 40, 160, 640, 2,560 while the growth goes on
      assertThat(growth.repetitions()).isEqualTo(3440);
      assertThat(growth.windows()).isEqualTo(7);
      assertThat(growth.groups()).singleElement().satisfies(group -> {
        assertThat(group.fingerprint()).isEqualTo(fingerprint.group(1));
        assertThat(group.className())
            .isEqualTo("org.retention.assertj.Subscriptions$Subscriber");
        assertThat(group.instancesPerRepetition()).isEqualTo(1.0);
      });
    });
    assertThat(recorded.leaks()).singleElement().satisfies(leak -> {
      assertThat(leak.fingerprint()).isEqualTo(fingerprint.group(1));
      assertThat(leak.object())
          .isEqualTo("growing instances of org.retention.assertj.Subscriptions$Subscriber");
      assertThat(leak.root())
          .isEqualTo("static field org.retention.assertj.Subscriptions.SUBSCRIBERS");
    });
  }

  @Test
  void should_rethrow_what_the_action_throws() {
    // WHEN
    Throwable error = catchThrowable(() -> assertThatRepeated(() -> {
      throw new IOException("disk full");
    }).doesNotLeak());
    // THEN
    assertThat(error).isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the repeated action to run, but it threw java.io.IOException: disk full")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void should_refuse_too_few_repetitions_and_a_zero_timeout() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThatRepeated(() -> { }).times(5))
        .withMessageContaining("repeat at least 8 times");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThatRepeated(() -> { }).withTimeout(Duration.ZERO))
        .withMessage("timeout must be positive, but was PT0S");
  }

  @Test
  void should_not_report_ignored_classes() {
    assertThatRepeated(Subscriptions::subscribeForever).ignoring(Subscriptions.Subscriber.class)
        .doesNotLeak();
  }
}
