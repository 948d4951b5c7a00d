package org.retention.core.internal.probe;

import static org.assertj.core.api.BDDAssertions.then;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.retention.core.probe.RetentionProbe;

/** The names the heap dump reader looks for are the marker's real class and fields. */
class ProbeMarker_layout_Test {

  @Test
  void should_name_its_own_class_and_fields_for_the_dump_reader() throws Exception {
    // WHEN
    Field id = Class.forName(ProbeMarker.CLASS_NAME).getDeclaredField(ProbeMarker.ID_FIELD);
    Field references = ProbeMarker.class.getDeclaredField(ProbeMarker.REFERENCES_FIELD);
    // THEN
    then(id.getType()).isEqualTo(long.class);
    then(references.getType()).isEqualTo(WeakReference[].class);
  }

  @Test
  void should_be_what_a_probe_holds() {
    // GIVEN
    RetentionProbe probe = RetentionProbe.watching("value", java.util.List.of(new Object()));
    // WHEN
    long markers = java.util.Arrays.stream(RetentionProbe.class.getDeclaredFields())
        .filter(field -> field.getType() == ProbeMarker.class).count();
    // THEN
    then(markers).isEqualTo(1);
    then(probe.id()).isNotZero();
  }
}
