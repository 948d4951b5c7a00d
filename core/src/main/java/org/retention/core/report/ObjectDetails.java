package org.retention.core.report;

/**
 * What a check of watched objects measured: how many it watched, how many stayed reachable, and
 * the proven full collections it waited for. Checks of {@link CheckKind#OBJECT} and of {@link
 * CheckKind#CONTEXT} (the closed contexts are the watched objects) carry it.
 *
 * <pre>{@code
 * ObjectDetails details = new ObjectDetails(1_000, 1, 2);   // 1 of 1,000 retained after 2 full GCs
 * }</pre>
 *
 * @param checked how many objects were watched
 * @param retained how many of them were not collected
 * @param fullCollections the proven whole-heap collections counted while waiting
 */
public record ObjectDetails(int checked, int retained, long fullCollections)
    implements CheckDetails {

  @Override
  public boolean fits(CheckKind kind) {
    return kind == CheckKind.OBJECT || kind == CheckKind.CONTEXT;
  }
}
