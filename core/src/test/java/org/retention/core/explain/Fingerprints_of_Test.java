package org.retention.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fingerprint names the holder and the held, not the bucket layout or a generated name. */
class Fingerprints_of_Test {
  private static final GcRoot ROOT =
      new GcRoot(RootKind.STATIC_FIELD, "static field com.acme.Cache.MAP", "static com.acme.Cache.MAP");

  @Test
  void should_give_one_fingerprint_at_every_depth_of_a_hash_chain() {
    // GIVEN
    List<PathStep> depthOne = chain("java.util.HashMap", "java.util.HashMap$Node", 0);
    List<PathStep> depthThree = chain("java.util.HashMap", "java.util.HashMap$Node", 2);
    // WHEN / THEN
    assertThat(Fingerprints.of(ROOT, depthOne, "com.acme.Session"))
        .isEqualTo(Fingerprints.of(ROOT, depthThree, "com.acme.Session"));
  }

  @Test
  void should_give_one_fingerprint_through_a_concurrent_chain_or_a_tree_bin() {
    // GIVEN
    List<PathStep> chained =
        chain("java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$Node", 1);
    List<PathStep> tree = List.of(new PathStep("java.util.concurrent.ConcurrentHashMap", "table", -1),
        new PathStep("java.util.concurrent.ConcurrentHashMap$Node[]", null, 4),
        new PathStep("java.util.concurrent.ConcurrentHashMap$TreeBin", "first", -1),
        new PathStep("java.util.concurrent.ConcurrentHashMap$TreeNode", "left", -1),
        new PathStep("java.util.concurrent.ConcurrentHashMap$Node", "val", -1));
    // WHEN / THEN
    assertThat(Fingerprints.of(ROOT, chained, "com.acme.Session"))
        .isEqualTo(Fingerprints.of(ROOT, tree, "com.acme.Session"));
  }

  @Test
  void should_give_one_fingerprint_through_a_linked_hash_map_head_or_its_table() {
    // GIVEN
    List<PathStep> table = chain("java.util.HashMap", "java.util.HashMap$Node", 0);
    List<PathStep> head = List.of(new PathStep("java.util.LinkedHashMap", "head", -1),
        new PathStep("java.util.LinkedHashMap$Entry", "after", -1),
        new PathStep("java.util.HashMap$Node", "value", -1));
    // WHEN / THEN
    assertThat(Fingerprints.of(ROOT, table, "com.acme.Session"))
        .isEqualTo(Fingerprints.of(ROOT, head, "com.acme.Session"));
  }

  @Test
  void should_tell_a_key_from_a_value_and_one_map_from_another() {
    // GIVEN
    List<PathStep> value = chain("java.util.HashMap", "java.util.HashMap$Node", 0);
    List<PathStep> key = new ArrayList<>(value);
    key.set(key.size() - 1, new PathStep("java.util.HashMap$Node", "key", -1));
    GcRoot other = new GcRoot(RootKind.STATIC_FIELD, "static field com.acme.Other.MAP",
        "static com.acme.Other.MAP");
    // WHEN
    String fingerprint = Fingerprints.of(ROOT, value, "com.acme.Session");
    // THEN
    assertThat(fingerprint).matches("\\p{XDigit}{16}")
        .isNotEqualTo(Fingerprints.of(ROOT, key, "com.acme.Session"))
        .isNotEqualTo(Fingerprints.of(other, value, "com.acme.Session"));
  }

  @Test
  void should_give_one_fingerprint_for_a_lambda_in_every_jdk_form() {
    // GIVEN
    List<String> forms = List.of("com.acme.Cache$$Lambda$14/0x0000000800c03000",
        "com.acme.Cache$$Lambda$434+0x00007f51a00cfdd8", "com.acme.Cache$$Lambda+0x000071b4d8003a40");
    // WHEN
    List<String> fingerprints = forms.stream().map(form -> Fingerprints.of(ROOT,
        List.of(new PathStep("java.util.ArrayList", "elementData", -1),
            new PathStep("java.lang.Object[]", null, 3), new PathStep(form, "arg$2", -1)),
        "com.acme.Session")).distinct().toList();
    // THEN
    assertThat(fingerprints).hasSize(1);
  }

  private static List<PathStep> chain(String map, String node, int nexts) {
    List<PathStep> steps = new ArrayList<>(List.of(new PathStep(map, "table", -1),
        new PathStep(node + "[]", null, 7)));
    steps.addAll(Collections.nCopies(nexts, new PathStep(node, "next", -1)));
    steps.add(new PathStep(node, node.contains("Concurrent") ? "val" : "value", -1));
    return steps;
  }
}
