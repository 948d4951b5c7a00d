package org.retention.core.internal.alloc;

import com.example.alloc.AllocationChild;
import java.util.ArrayList;
import java.util.List;
import org.retention.core.growth.HeapGrowthCheck;

/**
 * A JVM run for {@code AllocationSites_growth_Test}, with the agent: a growth check whose action
 * leaks, and throws once its class is hooked (the last window's recording runs). It prints what
 * was thrown and whether the class is still hooked afterwards, between markers, then exits.
 */
public final class ThrowingChild {
  static final List<Object> KEPT = new ArrayList<>();

  private ThrowingChild() {}

  public static void main(String[] args) {
    String thrown = "nothing thrown";
    try {
      HeapGrowthCheck.repeating(HeapGrowthCheck.DEFAULT_REPETITIONS).run(() -> {
        KEPT.add(new AllocationChild.Parcel());
        if (AllocationSites.isHooked(AllocationChild.Parcel.class)) {
          throw new IllegalStateException("thrown in the last window");
        }
      });
    } catch (Throwable e) {
      thrown = e.getMessage();
    }
    System.out.println("--- result");
    System.out.println(thrown + ", hooked after: "
        + AllocationSites.isHooked(AllocationChild.Parcel.class));
    System.out.println("--- end");
    System.exit(0);
  }
}
