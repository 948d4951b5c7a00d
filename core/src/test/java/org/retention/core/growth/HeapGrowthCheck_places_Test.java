package org.retention.core.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.retention.core.explain.Fingerprints;
import org.retention.core.internal.text.GrowthMessages;

/**
 * A growth check names a place only where the place itself grew with the repetitions, and
 * fingerprints it as every other leak is fingerprinted: the SHA-256 of its root, its steps and
 * its class, the same in every run, JDK and collector.
 */
@Isolated("counts live instances VM-wide")
class HeapGrowthCheck_places_Test {
  private static final String FIXTURES = "org.retention.core.growth.GrowthFixtures$";
  private static final List<String> VAULT = List.of(GrowthFixtures.Vault.class.getName());

  @AfterEach
  void reset() {
    GrowthFixtures.Shelf.reset();
  }

  @Test
  void should_not_name_a_place_whose_count_did_not_grow_with_the_repetitions() throws Throwable {
    // WHEN tokens grow by one per call where the check does not look, and the shelf that holds
    // 40 of them gains 2 in the last window: not half the 5 the rate says a leak would add
    GrowthVerdict verdict = GrowthRuns.verdictOf(
        HeapGrowthCheck.repeating(40).ignoring(VAULT), GrowthFixtures.Shelf::handle);
    // THEN
    assertThat(verdict.grew()).as(GrowthMessages.of(verdict)).isFalse();
    assertThat(verdict.groups()).isEmpty();
    assertThat(GrowthMessages.of(verdict)).doesNotContain("Shelf.ITEMS");
  }

  @Test
  void should_name_the_place_whose_count_grows_with_the_repetitions() throws Throwable {
    // WHEN the shelf gains one token per call
    GrowthVerdict verdict = GrowthRuns.verdictOf(
        HeapGrowthCheck.repeating(40).ignoring(VAULT), GrowthFixtures.Shelf::handleLeaking);
    // THEN
    assertThat(verdict.groups()).as(GrowthMessages.of(verdict)).singleElement()
        .satisfies(group -> {
          assertThat(group.root().description())
              .isEqualTo("static field " + FIXTURES + "Shelf.ITEMS");
          assertThat(group.first().className()).isEqualTo(FIXTURES + "Token");
          assertThat(group.first().instancesPerRepetition()).isEqualTo(1.0);
          assertThat(group.placeInstances()).isEqualTo(80);
        });
  }

  @Test
  void should_not_name_a_bounded_map_whose_keys_leave_the_box_cache() throws Throwable {
    // GIVEN its 12 keys are cached boxes (110 to 127) when the last window begins
    GrowthFixtures.SmallKeys.reset(true);
    // WHEN they are replaced by new ones (128 to 133) in the last window
    GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(24)
        .ignoring(List.of(FIXTURES + "SmallKeys$Seen")), GrowthFixtures.SmallKeys::handle);
    // THEN
    assertThat(verdict.grew()).as(GrowthMessages.of(verdict)).isFalse();
  }

  @Test
  void should_name_an_unbounded_map_whose_keys_leave_the_box_cache() throws Throwable {
    // GIVEN
    GrowthFixtures.SmallKeys.reset(false);
    // WHEN
    GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(24)
        .ignoring(List.of(FIXTURES + "SmallKeys$Seen")), GrowthFixtures.SmallKeys::handle);
    // THEN
    assertThat(verdict.groups()).as(GrowthMessages.of(verdict)).anySatisfy(group ->
        assertThat(group.root().description())
            .isEqualTo("static field " + FIXTURES + "SmallKeys.map"));
  }

  @Test
  void should_fingerprint_a_growth_leak_as_every_other_leak() throws Throwable {
    // WHEN
    GrowthVerdict verdict =
        GrowthRuns.verdictOf(HeapGrowthCheck.repeating(40), GrowthFixtures.Bus::subscribe);
    // THEN the SHA-256 of the root, the steps and the class: no hash of a Java string
    GrowthGroup group = verdict.groups().stream()
        .filter(found -> found.first().className().equals(FIXTURES + "AuditListener"))
        .findFirst().orElseThrow(() -> new AssertionError(GrowthMessages.of(verdict)));
    assertThat(group.fingerprint())
        .isEqualTo(Fingerprints.of(group.root(), group.steps(), FIXTURES + "AuditListener"))
        .isEqualTo(Fingerprints.hash("static " + FIXTURES + "Bus.LISTENERS\n"
            + "java.util.concurrent.CopyOnWriteArrayList.array\n"
            + "java.lang.Object[][]\n"
            + FIXTURES + "AuditListener"))
        .isEqualTo("50306dcd6ebb497c");
  }
}
