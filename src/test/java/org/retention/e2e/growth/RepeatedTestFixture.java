package org.retention.e2e.growth;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.retention.junit.NoHeapGrowth;

/** Run by {@link NoHeapGrowthEndToEndTest} inside EngineTestKit; not by surefire (nested). */
final class RepeatedTestFixture {
  static final List<Visit> VISITS = new ArrayList<>();

  private RepeatedTestFixture() {}

  static class Clean {
    @RepeatedTest(30)
    @NoHeapGrowth
    void visits() {
      VISITS.add(new Visit("alice"));
      VISITS.clear();
    }
  }

  static class Leaking {
    @RepeatedTest(30)
    @NoHeapGrowth
    void visits() {
      VISITS.add(new Visit("alice"));
    }
  }

  record Visit(String user) {}
}
