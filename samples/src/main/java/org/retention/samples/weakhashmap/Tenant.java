package org.retention.samples.weakhashmap;

/** A customer organisation, loaded while its users are active and dropped when they leave. */
public final class Tenant {
  private final String id;

  /** The tenant {@code id}. */
  public Tenant(String id) {
    this.id = id;
  }

  /** Its id, for example {@code "acme"}. */
  public String id() {
    return id;
  }

  /** {@code tenant acme}: how failure messages name it. */
  @Override
  public String toString() {
    return "tenant " + id;
  }
}
