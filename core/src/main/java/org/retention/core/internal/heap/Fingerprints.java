package org.retention.core.internal.heap;

import org.retention.core.explain.PathStep;
import org.retention.core.explain.GcRoot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Leak fingerprints: a hash of a retention path by classes and fields only, so that the same leak
 * has the same fingerprint in every run, VM, collector and JDK, and CI can group failures by it.
 */
public final class Fingerprints {
  /**
   * Hidden classes (lambdas) and proxies carry numbers and addresses that change from run to run:
   * {@code Foo$$Lambda$14/0x0000000800c03000}, {@code Foo$$Lambda/0x000071b4d8003a40}, {@code
   * jdk.proxy2.$Proxy12}.
   */
  private static final Pattern VARYING = Pattern.compile("\\$\\$Lambda[$\\d]*(/0x\\p{XDigit}+)?"
      + "|(?<=\\$Proxy)\\d+|(?<=jdk\\.proxy)\\d+");

  private Fingerprints() {}

  /** {@code name} without the parts that vary from run to run. */
  public static String normalize(String name) {
    return VARYING.matcher(name).replaceAll(match ->
        match.group().startsWith("$$Lambda") ? "\\$\\$Lambda" : "");
  }

  /** 16 hex digits of the SHA-256 of the root, the steps and the retained object's class. */
  public static String of(GcRoot root, List<PathStep> steps, String retainedClass) {
    StringBuilder text = new StringBuilder(root.signature()).append('\n');
    steps.forEach(step -> text.append(step.signature()).append('\n'));
    text.append(normalize(retainedClass));
    return hash(text.toString());
  }

  /** 16 hex digits of the SHA-256 of {@code text}: the one hash of every kind of fingerprint. */
  public static String hash(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
