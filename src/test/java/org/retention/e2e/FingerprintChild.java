package org.retention.e2e;

import static org.retention.assertj.RetentionAssertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main of the child JVMs of {@link FingerprintsEndToEndTest}: the commonest listener leak in
 * four shapes (a lambda, a bound method reference, a proxy, an anonymous class), each caught by
 * {@code releasesValuesAfterClear()}, after a class-loading order shuffled by the seed in
 * {@code args[0]}. Prints {@code RESULT <shape> <fingerprint> | <path lines>}.
 */
public final class FingerprintChild {
  /** A static bus, as production code has one. */
  static final List<Object> LISTENERS = new CopyOnWriteArrayList<>();
  private static final Pattern FINGERPRINT = Pattern.compile("leak fingerprint: (\\p{XDigit}{16})");

  private FingerprintChild() {}

  /** Runs the four shapes in an order, after warm-up lambdas in an order, both from the seed. */
  public static void main(String[] args) {
    Random random = new Random(Long.parseLong(args[0]));
    List<Supplier<Object>> warmUp = new ArrayList<>(List.of(
        () -> (Runnable) () -> { }, () -> (Consumer<String>) String::length,
        () -> (Supplier<Object>) Object::new, () -> (Consumer<Object>) LISTENERS::remove,
        () -> (Runnable) System::nanoTime, () -> (Comparable<String>) "a"::compareTo));
    Collections.shuffle(warmUp, random);
    warmUp.subList(0, 1 + random.nextInt(warmUp.size())).forEach(Supplier::get);
    Map<String, Supplier<Object>> shapes = new LinkedHashMap<>();
    shapes.put("LAMBDA", () -> {
      Session session = new Session();
      LISTENERS.add((Runnable) () -> session.touch());
      return session;
    });
    shapes.put("METHOD_REFERENCE", () -> {
      Session session = new Session();
      LISTENERS.add((Runnable) session::touch);
      return session;
    });
    shapes.put("PROXY", () -> {
      Session session = new Session();
      LISTENERS.add(Proxy.newProxyInstance(FingerprintChild.class.getClassLoader(),
          new Class<?>[] {Runnable.class}, (proxy, method, arguments) -> session.touch()));
      return session;
    });
    shapes.put("ANONYMOUS_CLASS", () -> {
      Session session = new Session();
      LISTENERS.add(new Runnable() {
        @Override
        public void run() {
          session.touch();
        }
      });
      return session;
    });
    List<String> order = new ArrayList<>(shapes.keySet());
    Collections.shuffle(order, random);
    for (String shape : order) {
      Map<String, Object> cache = new HashMap<>();
      cache.put("session", shapes.get(shape).get());
      String outcome;
      try {
        assertThat(cache).releasesValuesAfterClear();
        outcome = "passed";
      } catch (AssertionError failure) {
        Matcher fingerprint = FINGERPRINT.matcher(failure.getMessage());
        outcome = (fingerprint.find() ? fingerprint.group(1) : "none") + " | "
            + failure.getMessage().replace(System.lineSeparator(), " | ");
      }
      LISTENERS.clear();
      System.out.println(ChildRun.RESULT + shape + " " + outcome);
    }
  }

  /** What the listeners capture: a user's session. */
  static final class Session {
    private final byte[] state = new byte[512];

    Object touch() {
      return state;
    }
  }
}
