package org.retention.core.probe;

import org.retention.core.internal.text.Descriptions;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.internal.gc.GcUnavailableException;
import org.retention.core.internal.probe.ProbeMarker;

/**
 * Watches objects through weak references and decides, by making the VM collect, whether they
 * became collectable.
 *
 * <pre>{@code
 * RetentionProbe probe = RetentionProbe.watching("value", map.values());
 * map.clear();
 * RetentionVerdict verdict = probe.awaitRelease();   // RELEASED after one full collection
 * }</pre>
 *
 * <p><b>What a verdict proves.</b> A cleared weak reference is proof that its object was
 * collectable. "Retained" is said only after whole-heap collections that the {@link
 * GcCoordinator} proved began after waiting started, plus one more to confirm; never after a
 * sleep. When the VM cannot be made to collect, the verdict is {@link Outcome#INCONCLUSIVE}, never
 * a false leak.
 *
 * <p><b>The liveness trap.</b> The probe holds nothing but weak references, created inside its own
 * short methods, so no frame of the probe keeps a watched object alive; an object that the
 * caller still holds in a local variable is a real retention. There is no {@code ReferenceQueue}:
 * HotSpot clears a weak reference in the same collection that finds its object unreachable, and
 * {@link java.lang.ref.Reference#refersTo} reads that at once, without waiting for the reference
 * handler thread to enqueue it.
 *
 * <p><b>Cost.</b> One {@code WeakReference} (32 bytes with compressed oops) and one array slot per
 * object. Thread-safe: one probe may be awaited by one thread while others await theirs.
 */
public final class RetentionProbe {
  /** How many retained objects a verdict describes one by one; the rest are counted. */
  public static final int MAX_DETAILED = 100;

  /** How long {@link #awaitRelease()} may try to make the VM collect before it gives up. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final WeakReference<?>[] references;
  /**
   * What a heap dump analysis finds this probe by, among all the probes alive in the VM: a random
   * id and {@link #references}, without holding any watched object strongly.
   */
  private final ProbeMarker marker;
  /** Per object, the caller's description; null when no object has one. */
  private final String[] descriptions;
  /** The kinds of consecutive runs of objects: kinds[i] applies from kindStarts[i] on. */
  private final int[] kindStarts;
  private final String[] kinds;
  private final DescribeMode describe;

  private RetentionProbe(Builder builder) {
    this.references = Arrays.copyOf(builder.references, builder.size);
    this.marker = new ProbeMarker(ThreadLocalRandom.current().nextLong(), references);
    this.descriptions =
        builder.descriptions == null ? null : Arrays.copyOf(builder.descriptions, builder.size);
    this.kindStarts = builder.kindStarts.stream().mapToInt(Integer::intValue).toArray();
    this.kinds = builder.kinds.toArray(String[]::new);
    this.describe = builder.describe;
  }

  /** A probe of every non-null object in {@code objects}, each called a {@code kind}. */
  public static RetentionProbe watching(String kind, Iterable<?> objects) {
    return builder().watchAll(kind, objects).build();
  }

  /** A builder to watch objects one at a time, with descriptions, from several threads. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many objects this probe watches. */
  public int size() {
    return references.length;
  }

  /**
   * The random id of this probe: a heap dump analysis finds the probe's {@link ProbeMarker} by
   * it, then the watched objects through the marker's weak references, in watch order.
   */
  public long id() {
    return marker.id();
  }

  /** Waits at most {@link #DEFAULT_TIMEOUT} for a verdict. */
  public RetentionVerdict awaitRelease() {
    return awaitRelease(DEFAULT_TIMEOUT);
  }

  /**
   * Makes the VM collect until every watched object is proven collectable (usually one full
   * collection) or proven retained, and says which. Never throws for a VM that cannot collect:
   * that verdict is {@link Outcome#INCONCLUSIVE} with the reason.
   *
   * @param timeout how long to try to make the VM collect; only reached when it will not
   */
  public RetentionVerdict awaitRelease(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    GcCoordinator gc = GcCoordinator.shared();
    long baseline = gc.fullCollectionCount();
    long proof = baseline + gc.incrementsProvingFreshCollection() + 1;
    while (true) {
      // The count is read before the references, so the collections it counts are finished.
      long count = gc.fullCollectionCount();
      int retained = countRetained();
      if (retained == 0) {
        return verdict(Outcome.RELEASED, 0, count - baseline, start, "");
      }
      if (count >= proof) {
        return verdict(Outcome.RETAINED, retained, count - baseline, start, "");
      }
      try {
        gc.collectUntil(count + 1, deadline);
      } catch (GcUnavailableException e) {
        return verdict(Outcome.INCONCLUSIVE, retained, gc.fullCollectionCount() - baseline, start,
            e.getMessage());
      }
    }
  }

  private int countRetained() {
    int retained = 0;
    for (WeakReference<?> reference : references) {
      if (!reference.refersTo(null)) {
        retained++;
      }
    }
    return retained;
  }

  private RetentionVerdict verdict(
      Outcome outcome, int retainedCount, long collections, long start, String reason) {
    // Measured before describing: a slow toString() is not collection time.
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    List<RetainedObject> retained = outcome == Outcome.RELEASED ? List.of() : describeRetained();
    return new RetentionVerdict(outcome, references.length, retainedCount, retained, collections,
        GcCoordinator.shared().collector().displayName(), elapsed, reason);
  }

  private List<RetainedObject> describeRetained() {
    List<RetainedObject> retained = new ArrayList<>();
    Descriptions.Budget budget = Descriptions.budget();
    for (int i = 0; i < references.length && retained.size() < MAX_DETAILED; i++) {
      Object object = references[i].get();
      if (object != null) {
        String description = descriptions != null && descriptions[i] != null
            ? descriptions[i]
            : budget.describe(object, i, describe);
        retained.add(new RetainedObject(i, kindOf(i), object.getClass().getName(), description));
      }
    }
    return retained;
  }

  /**
   * A probe of the watched objects that {@code stillHeld} does not hold (compared by identity),
   * for a removal that takes only some objects out of a container: what it took out is what
   * must become collectable. Objects already collected count as taken out.
   *
   * <pre>{@code
   * RetentionProbe probe = RetentionProbe.watching("value", sessions.values());
   * store.logout("alice");
   * RetentionProbe removed = probe.excluding(sessions.values());   // alice's session only
   * }</pre>
   *
   * @param stillHeld what the container holds after the removal
   * @return a probe of the rest, in watch order, with the same kinds and descriptions
   */
  public RetentionProbe excluding(Iterable<?> stillHeld) {
    Set<Object> held = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object object : stillHeld) {
      if (object != null) { // a cleared reference reads as null: it was taken out, not held
        held.add(object);
      }
    }
    Builder removed = builder().describedAs(describe);
    for (int i = 0; i < references.length; i++) {
      if (!held.contains(references[i].get())) {
        removed.startKind(kindOf(i));
        removed.add(references[i], descriptions == null ? null : descriptions[i]);
      }
    }
    return removed.build();
  }

  private String kindOf(int index) {
    int run = Arrays.binarySearch(kindStarts, index);
    return kinds[run >= 0 ? run : -run - 2];
  }

  /**
   * Collects the objects to watch; thread-safe, so objects can be added from the threads that
   * create them. Holds them only weakly.
   */
  public static final class Builder {
    private WeakReference<?>[] references = new WeakReference<?>[16];
    private String[] descriptions;
    private final List<Integer> kindStarts = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private int size;
    private DescribeMode describe = DescribeMode.TO_STRING;

    private Builder() {}

    /**
     * How verdicts describe objects that have no description of the caller's (default {@link
     * DescribeMode#TO_STRING}).
     */
    public synchronized Builder describedAs(DescribeMode mode) {
      this.describe = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Watches every non-null object of {@code objects}, each called a {@code kind}. */
    public synchronized Builder watchAll(String kind, Iterable<?> objects) {
      startKind(kind);
      for (Object object : objects) {
        if (object != null) {
          add(object, null);
        }
      }
      return this;
    }

    /**
     * Watches {@code object}, called a {@code kind}, and named by {@code description} in messages
     * (by its truncated {@code toString()} when the description is null).
     */
    public synchronized Builder watch(String kind, Object object, String description) {
      Objects.requireNonNull(object, "object");
      startKind(kind);
      add(object, description);
      return this;
    }

    /** How many objects are watched so far. */
    public synchronized int size() {
      return size;
    }

    /** A probe of everything watched so far. */
    public synchronized RetentionProbe build() {
      if (kinds.isEmpty()) {
        startKind("object");
      }
      return new RetentionProbe(this);
    }

    private void startKind(String kind) {
      Objects.requireNonNull(kind, "kind");
      if (kinds.isEmpty() || !kinds.get(kinds.size() - 1).equals(kind)) {
        if (!kindStarts.isEmpty() && kindStarts.get(kindStarts.size() - 1) == size) {
          kinds.set(kinds.size() - 1, kind);
        } else {
          kindStarts.add(size);
          kinds.add(kind);
        }
      }
    }

    private void add(Object object, String description) {
      add(new WeakReference<>(object), description);
    }

    private void add(WeakReference<?> reference, String description) {
      if (size == references.length) {
        references = Arrays.copyOf(references, size * 2);
        if (descriptions != null) {
          descriptions = Arrays.copyOf(descriptions, size * 2);
        }
      }
      if (description != null && descriptions == null) {
        descriptions = new String[references.length];
      }
      references[size] = reference;
      if (description != null) {
        descriptions[size] = description;
      }
      size++;
    }
  }
}
