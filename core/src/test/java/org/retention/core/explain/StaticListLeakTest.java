package org.retention.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StaticListLeakTest {
  static final List<Object> RECENT = new ArrayList<>();

  @AfterEach
  void forget() {
    RECENT.clear();
  }

  @Test
  void names_the_static_field_and_the_field_chain() {
    Explanation explanation = Leaks.explain(() -> {
      RECENT.add("padding");
      StringBuilder session = new StringBuilder("session-17");
      RECENT.add(session);
      return session;
    });
    System.out.println(explanation.message());
    System.out.println(explanation.dumpTime() + " " + explanation.analysisTime());
    assertThat(explanation.message()).contains("GC root: static field "
        + StaticListLeakTest.class.getName() + ".RECENT");
  }
}
