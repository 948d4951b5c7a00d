package org.retention.samples.registry;

/** A cached rendering of a page fragment: a key and its 4 KB of rendered bytes. */
public final class CacheItem {
  private static final int RENDERED_BYTES = 4 * 1024;

  private final String key;
  private final byte[] rendered = new byte[RENDERED_BYTES];

  /** The item of {@code key}, freshly rendered. */
  public CacheItem(String key) {
    this.key = key;
    rendered[0] = (byte) key.hashCode();
  }

  /** Its key. */
  public String key() {
    return key;
  }

  /** {@code item header}: how failure messages name it. */
  @Override
  public String toString() {
    return "item " + key;
  }
}
