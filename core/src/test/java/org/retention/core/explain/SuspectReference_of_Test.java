package org.retention.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retention.core.probe.RetainedObject;

/** The step to break: the last one where JDK infrastructure points into user state. */
class SuspectReference_of_Test {
  @Test
  void should_break_a_static_list_where_its_element_points_at_the_user_object() {
    // GIVEN static field AuditLog.RECENT -> ArrayList -> Object[] -> AuditEntry -> Session
    List<PathStep> steps = List.of(new PathStep("java.util.ArrayList", "elementData", -1),
        new PathStep("java.lang.Object[]", null, 3),
        new PathStep("com.acme.AuditEntry", "session", -1));
    // WHEN
    Optional<SuspectReference> suspect = SuspectReference.of(steps, 1234);
    // THEN
    assertThat(suspect).contains(new SuspectReference(1, "Object[][3]", 1234));
  }

  @Test
  void should_break_the_last_step_out_of_the_jdk_when_user_state_sits_in_two_collections() {
    // GIVEN a map's value is a user registry, whose list holds the listener
    List<PathStep> steps = List.of(new PathStep("java.util.HashMap", "table", -1),
        new PathStep("java.util.HashMap$Node[]", null, 5),
        new PathStep("java.util.HashMap$Node", "value", -1),
        new PathStep("com.acme.Registry", "listeners", -1),
        new PathStep("java.util.concurrent.CopyOnWriteArrayList", "array", -1),
        new PathStep("java.lang.Object[]", null, 0),
        new PathStep("com.acme.Cache$$Lambda/0x000071b4d8003a40", "arg$1", -1));
    // WHEN / THEN
    assertThat(SuspectReference.stepToBreak(steps)).hasValue(5);
  }

  @Test
  void should_break_the_step_to_the_checked_object_when_a_jdk_map_holds_it_directly() {
    // GIVEN the checked object is the JDK's own class: it is still the short-lived state
    List<PathStep> steps = List.of(new PathStep("java.util.HashMap", "table", -1),
        new PathStep("java.util.HashMap$Node[]", null, 2),
        new PathStep("java.util.HashMap$Node", "value", -1));
    // WHEN
    Optional<SuspectReference> suspect =
        SuspectReference.of(steps, SuspectReference.UNKNOWN_BYTES);
    // THEN
    assertThat(suspect).contains(new SuspectReference(2, "HashMap$Node.value", -1));
    assertThat(suspect.get().freedBytesKnown()).isFalse();
  }

  @Test
  void should_count_a_proxy_handler_as_the_proxy_s_own() {
    // GIVEN a listener list holds a proxy, whose handler captures the session
    List<PathStep> steps = List.of(new PathStep("java.util.ArrayList", "elementData", -1),
        new PathStep("java.lang.Object[]", null, 0),
        new PathStep("java.lang.reflect.Proxy", "h", -1),
        new PathStep("com.acme.Bus$$Lambda+0x000071b4d8003a40", "arg$1", -1));
    // WHEN / THEN
    assertThat(SuspectReference.stepToBreak(steps)).hasValue(1);
  }

  @Test
  void should_break_the_first_step_of_a_path_with_no_jdk_step() {
    // GIVEN
    List<PathStep> steps = List.of(new PathStep("com.acme.Holder", "inner", -1),
        new PathStep("com.acme.Inner", "session", -1));
    // WHEN / THEN
    assertThat(SuspectReference.of(steps, 96))
        .contains(new SuspectReference(0, "Holder.inner", 96));
  }

  @Test
  void should_have_no_suspect_when_the_root_holds_the_object_itself() {
    assertThat(SuspectReference.of(List.of(), 96)).isEmpty();
  }

  @Test
  void should_not_change_the_fingerprint() {
    // GIVEN
    GcRoot root = new GcRoot(RootKind.STATIC_FIELD, "static field com.acme.AuditLog.RECENT",
        "static com.acme.AuditLog.RECENT");
    List<PathStep> steps = List.of(new PathStep("java.util.ArrayList", "elementData", -1),
        new PathStep("java.lang.Object[]", null, 3));
    RetainedObject object = new RetainedObject(0, "value", "com.acme.Session", "s");
    // WHEN
    RetentionPath known = RetentionPath.of(object, Reachability.STRONG, root, steps,
        Optional.empty(), 64, 64);
    RetentionPath unknown = RetentionPath.of(object, Reachability.STRONG, root, steps,
        Optional.empty(), 64);
    // THEN
    assertThat(known.fingerprint()).isEqualTo(unknown.fingerprint())
        .isEqualTo(Fingerprints.of(root, steps, "com.acme.Session"));
    assertThat(known.suspect()).contains(new SuspectReference(1, "Object[][3]", 64));
    assertThat(unknown.suspect()).contains(new SuspectReference(1, "Object[][3]", -1));
  }
}
