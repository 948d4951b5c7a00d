package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.renamed.RenamedMapCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.RootKind;

/**
 * The frames of a check marked {@code @HoldsCheckedObjects} are roots of last resort, whatever the
 * check's class and package are called: core names no adapter.
 */
class RetentionExplainer_ownFrames_Test {
  static final List<Object> LEAKED = new ArrayList<>();

  @AfterEach
  void forget() {
    LEAKED.clear();
  }

  @Test
  void a_path_never_starts_at_a_marked_frame_when_anything_else_holds_the_object() {
    Map<String, Object> map = sessions();
    LEAKED.add(map.get("alice"));

    Explanation explanation = RenamedMapCheck.releasesValuesAfterClear(map);

    assertThat(explanation.paths().get(0).root().description())
        .isEqualTo("static field " + getClass().getName() + ".LEAKED");
  }

  @Test
  void a_marked_frame_is_the_root_when_nothing_else_holds_the_object() {
    Explanation explanation = RenamedMapCheck.releasesValuesAfterClear(sessions());

    assertThat(explanation.paths().get(0).root().kind()).isEqualTo(RootKind.THREAD_STACK);
    assertThat(explanation.paths().get(0).root().description()).startsWith(
        "local variable in " + RenamedMapCheck.class.getName() + ".releasesValuesAfterClear(");
  }

  private static Map<String, Object> sessions() {
    Map<String, Object> map = new HashMap<>();
    map.put("alice", new StringBuilder("alice's session"));
    return map;
  }
}
