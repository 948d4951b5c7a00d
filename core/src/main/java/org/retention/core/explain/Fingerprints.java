package org.retention.core.explain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leak fingerprints, and the readable names of generated classes.
 *
 * <p><b>Definition.</b> A fingerprint is the first 16 hex digits of the SHA-256 of the root's
 * {@link GcRoot#signature() signature}, the {@link PathStep#signature() signature} of every step
 * that is not inside a collection's own structure, and the retained object's class, every class
 * name {@linkplain #normalize(String) normalized}. So it names the holder and the held, never an
 * array index, a bucket layout, a hidden class's address or a generated class's number.
 *
 * <p><b>Collapsed steps.</b> A step inside a JDK map's own structure is collection-internal: the
 * map's {@code table}, {@code nextTable}, {@code head} or {@code tail} field ({@code HashMap},
 * {@code LinkedHashMap}, {@code ConcurrentHashMap}, {@code WeakHashMap}, {@code Hashtable}); an
 * element of a node array ({@code HashMap$Node[]}); and a link between nodes ({@code next},
 * {@code prev}, {@code left}, {@code right}, {@code parent}, {@code before}, {@code after}, {@code
 * first}, {@code root}) of {@code HashMap$Node}, {@code HashMap$TreeNode}, {@code
 * LinkedHashMap$Entry}, {@code ConcurrentHashMap$Node}/{@code $TreeNode}/{@code $TreeBin}/{@code
 * $ForwardingNode}, {@code WeakHashMap$Entry} or {@code Hashtable$Entry}. Each run of such steps
 * counts as one step, {@code map entries}; the steps into and out of it (the field that holds the
 * map, the node's {@code value}) count as they are. A value at depth 1 or 3 of a bucket's chain,
 * or in a tree bin, thus has one fingerprint.
 *
 * <pre>{@code
 * Fingerprints.normalize("com.acme.Cache$$Lambda$434+0x00007f51a00cfdd8");  // "com.acme.Cache$$Lambda"
 * Fingerprints.readable("com.acme.Cache$$Lambda/0x000071b4d8003a40");      // "lambda in com.acme.Cache"
 * String fingerprint = Fingerprints.of(root, steps, "com.acme.Session");  // "3f1c0a9e5b7d2468"
 * }</pre>
 */
public final class Fingerprints {
  /** A hidden class's address, in every form a JDK 17 to 25 name or heap dump spells it. */
  private static final Pattern ADDRESS = Pattern.compile("[/+.]0x\\p{XDigit}+");
  private static final Pattern LAMBDA = Pattern.compile("\\$\\$Lambda(\\$\\d+)?");
  private static final Pattern GENERATED = Pattern.compile(
      "(?<=\\$Proxy)\\d+|(?<=jdk\\.proxy)\\d+"
          + "|(?<=\\$\\$EnhancerBySpringCGLIB\\$\\$)\\p{XDigit}+"
          + "|(?<=\\$\\$EnhancerByCGLIB\\$\\$)\\p{XDigit}+"
          + "|(?<=\\$\\$SpringCGLIB\\$\\$)\\d+|(?<=\\$\\$FastClassBySpringCGLIB\\$\\$)\\p{XDigit}+"
          + "|(?<=\\$ByteBuddy\\$)\\w+|(?<=\\$MockitoMock\\$)\\w+");
  private static final Set<String> MAPS = Set.of("java.util.HashMap", "java.util.LinkedHashMap",
      "java.util.concurrent.ConcurrentHashMap", "java.util.WeakHashMap", "java.util.Hashtable");
  private static final Set<String> MAP_FIELDS = Set.of("table", "nextTable", "head", "tail");
  private static final Set<String> NODES = Set.of("java.util.HashMap$Node",
      "java.util.HashMap$TreeNode", "java.util.LinkedHashMap$Entry",
      "java.util.concurrent.ConcurrentHashMap$Node",
      "java.util.concurrent.ConcurrentHashMap$TreeNode",
      "java.util.concurrent.ConcurrentHashMap$TreeBin",
      "java.util.concurrent.ConcurrentHashMap$ForwardingNode", "java.util.WeakHashMap$Entry",
      "java.util.Hashtable$Entry");
  private static final Set<String> LINKS = Set.of("next", "prev", "left", "right", "parent",
      "before", "after", "first", "root", "nextTable");
  private static final String MAP_ENTRIES = "map entries";
  /** Never updated: {@link #sha256()} copies it. */
  private static final MessageDigest SHA_256 = newSha256();

  private Fingerprints() {}

  /**
   * {@code name} without what varies from run to run: {@code Foo$$Lambda$14/0x0000000800c03000},
   * {@code Foo$$Lambda+0x000071b4d8003a40} are {@code Foo$$Lambda}; {@code jdk.proxy2.$Proxy12} is
   * {@code jdk.proxy.$Proxy}; CGLIB, ByteBuddy and Mockito suffixes are dropped.
   */
  public static String normalize(String name) {
    // Every pattern needs one of these in the name (ADDRESS "0x", LAMBDA and the CGLIB ones "$$",
    // GENERATED the rest): a heap's thousands of plain names skip all three.
    if (!name.contains("0x") && !name.contains("$$") && !name.contains("$Proxy")
        && !name.contains("jdk.proxy") && !name.contains("$ByteBuddy$")
        && !name.contains("$MockitoMock$")) {
      return name;
    }
    String stable = ADDRESS.matcher(name).replaceAll("");
    stable = LAMBDA.matcher(stable).replaceAll(Matcher.quoteReplacement("$$Lambda"));
    return GENERATED.matcher(stable).replaceAll("");
  }

  /**
   * {@code name} as a message shows it, with no address: {@code lambda in com.acme.Cache} for a
   * lambda or method reference, {@code proxy $Proxy} for a JDK proxy, otherwise {@link
   * #normalize(String) normalized}.
   */
  public static String readable(String name) {
    String stable = normalize(name);
    if (stable.endsWith("$$Lambda")) {
      return "lambda in " + stable.substring(0, stable.length() - "$$Lambda".length());
    }
    if (stable.endsWith("$Proxy")) {
      return "proxy $Proxy";
    }
    return stable;
  }

  /** Whether {@code step} is inside a map's own structure (see the class comment). */
  static boolean isCollectionInternal(PathStep step) {
    String holder = step.holderClass();
    return switch (step.kind()) {
      case FIELD -> MAPS.contains(holder) && MAP_FIELDS.contains(step.field())
          || NODES.contains(holder) && LINKS.contains(step.field());
      case ARRAY_ELEMENT -> NODES.stream().anyMatch(node -> holder.equals(node + "[]"));
      default -> false;
    };
  }

  /** The signatures of {@code steps}, each run of collection-internal steps as one. */
  static List<String> signatures(List<PathStep> steps) {
    List<String> signatures = new ArrayList<>();
    for (PathStep step : steps) {
      String signature = isCollectionInternal(step) ? MAP_ENTRIES : step.signature();
      boolean sameRun = signature.equals(MAP_ENTRIES) && !signatures.isEmpty()
          && signatures.get(signatures.size() - 1).equals(MAP_ENTRIES);
      if (!sameRun) {
        signatures.add(signature);
      }
    }
    return signatures;
  }

  /** 16 hex digits of the SHA-256 of the root, the steps and the retained object's class. */
  public static String of(GcRoot root, List<PathStep> steps, String retainedClass) {
    StringBuilder text = new StringBuilder(root.signature()).append('\n');
    signatures(steps).forEach(signature -> text.append(signature).append('\n'));
    text.append(normalize(retainedClass));
    return hash(text.toString());
  }

  /** 16 hex digits of the SHA-256 of {@code text}: the one hash of every kind of fingerprint. */
  public static String hash(String text) {
    byte[] hash = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 8);
  }

  /**
   * A fresh digest: a copy of one never used, which is cheaper than looking the algorithm up
   * among the providers again (a heap search hashes once per place).
   */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException notByThisProvider) {
      return newSha256();
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
