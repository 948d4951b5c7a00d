package org.retention.core.internal.alloc;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.retention.core.internal.heap.EngineClasses;

/**
 * Where instances of given classes are allocated while a recording runs: the constructors of
 * those classes call {@link AllocationHook} first, and the hook keeps the stacks that called
 * them. Only with the agent ({@code -javaagent:retention-core.jar}); without it, {@link
 * #start(Collection)} gives nothing and no class is touched.
 *
 * <pre>{@code
 * Optional<AllocationSites.Recording> recording = AllocationSites.start(List.of("com.acme.Listener"));
 * ... run the action ...
 * List<String> top = recording.map(r -> r.stop().get("com.acme.Listener")).orElse(List.of());
 * // ["com.acme.Checkout.confirm(Checkout.java:42)", "com.acme.CheckoutTest.lambda$0(...)"]
 * }</pre>
 *
 * <p><b>Bounded and contained.</b> Only classes of application class loaders that can see the
 * hook are instrumented (never the JDK's, never hidden classes); each recording keeps at most
 * {@value #MAX_STACKS} distinct stacks per class and walks at most {@value #MAX_WALKS} stacks in
 * all; a recording not stopped within {@value #MAX_RECORDING_MILLIS} ms (its check failed or was
 * abandoned) is stopped by the next one. When the last recording that wants a class stops, the
 * class gets its own code back. Recordings of concurrent checks each see every allocation of the
 * classes they asked for.
 */
public final class AllocationSites {
  /** How many frames of each stack are kept, the allocating frame first. */
  public static final int FRAMES = 3;
  /** The JDK's packages: a caller there (a stream, a reflective call) says nothing either. */
  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
  private static final int MAX_STACKS = 64;
  private static final int MAX_WALKS = 20_000;
  private static final long MAX_RECORDING_MILLIS = 10 * 60_000L;
  private static volatile Instrumentation instrumentation;
  private static final List<Recording> RECORDINGS = new CopyOnWriteArrayList<>();
  /** The classes whose constructors are hooked: what the transformer hooks. */
  private static final Set<Class<?>> HOOKED = ConcurrentHashMap.newKeySet();
  private static final Object LOCK = new Object();

  private AllocationSites() {}

  /** Keeps the agent's instrumentation; called once, by {@link RetentionAgent}. */
  static void install(Instrumentation given) {
    if (!given.isRetransformClassesSupported()) {
      return;
    }
    given.addTransformer(new Hooker(), true);
    instrumentation = given;
  }

  /** Whether allocation sites can be recorded: the agent is loaded. */
  public static boolean available() {
    return instrumentation != null;
  }

  /**
   * Starts recording where instances of {@code classNames} (binary names) are allocated, or
   * nothing without the agent or when no such class can be hooked.
   */
  public static Optional<Recording> start(Collection<String> classNames) {
    Instrumentation agent = instrumentation;
    if (agent == null || classNames.isEmpty()) {
      return Optional.empty();
    }
    synchronized (LOCK) {
      long now = System.currentTimeMillis();
      RECORDINGS.stream().filter(recording -> now - recording.started > MAX_RECORDING_MILLIS)
          .toList().forEach(Recording::stop);
      Set<String> wanted = Set.copyOf(classNames);
      List<Class<?>> classes = new ArrayList<>();
      for (Class<?> loaded : agent.getAllLoadedClasses()) {
        if (wanted.contains(loaded.getName()) && hookable(agent, loaded)) {
          classes.add(loaded);
        }
      }
      if (classes.isEmpty()) {
        return Optional.empty();
      }
      Recording recording = new Recording(classes.stream().map(Class::getName)
          .collect(Collectors.toUnmodifiableSet()), now);
      RECORDINGS.add(recording);
      List<Class<?>> fresh = classes.stream().filter(HOOKED::add).toList();
      retransform(agent, fresh);
      return Optional.of(recording);
    }
  }

  /** Whether {@code type}'s constructors call the hook now. */
  static boolean isHooked(Class<?> type) {
    return HOOKED.contains(type);
  }

  /** Called by every hooked constructor. */
  static void constructed(String className) {
    for (Recording recording : RECORDINGS) {
      if (recording.classes.contains(className)) {
        recording.record(className);
      }
    }
  }

  private static boolean hookable(Instrumentation agent, Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null || loader == ClassLoader.getPlatformClassLoader() || type.isHidden()
        || type.isInterface() || type.isArray() || !agent.isModifiableClass(type)) {
      return false;
    }
    try {
      if (Class.forName(AllocationHook.class.getName(), false, loader) != AllocationHook.class) {
        return false;
      }
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    Module hookModule = AllocationHook.class.getModule();
    if (hookModule.isNamed() && !hookModule.isExported(
        AllocationHook.class.getPackageName(), type.getModule())) {
      agent.redefineModule(hookModule, Set.of(), Map.of(),
          Map.of(AllocationHook.class.getPackageName(), Set.of(type.getModule())), Set.of(),
          Map.of());
    }
    if (type.getModule().isNamed() && !type.getModule().canRead(hookModule)) {
      agent.redefineModule(type.getModule(), Set.of(hookModule), Map.of(), Map.of(), Set.of(),
          Map.of());
    }
    return true;
  }

  private static void retransform(Instrumentation agent, List<Class<?>> classes) {
    for (Class<?> type : classes) {
      try {
        agent.retransformClasses(type);
      } catch (Throwable e) {
        // A class the JVM will not retransform keeps its code: its sites stay unknown.
        HOOKED.remove(type);
      }
    }
  }

  /** One check's recording: the stacks that constructed its classes, counted. */
  public static final class Recording {
    private final Set<String> classes;
    private final long started;
    private final Map<String, Map<List<String>, LongAdder>> stacks = new ConcurrentHashMap<>();
    private final AtomicInteger walks = new AtomicInteger();
    private volatile boolean stopped;

    private Recording(Set<String> classes, long started) {
      this.classes = classes;
      this.started = started;
    }

    private void record(String className) {
      if (stopped || walks.incrementAndGet() > MAX_WALKS) {
        return;
      }
      Optional<Constructed> constructed = StackWalker
          .getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(Constructed::of);
      constructed.filter(found -> found.className().equals(className)).ifPresent(found -> {
        Map<List<String>, LongAdder> byStack =
            stacks.computeIfAbsent(className, name -> new ConcurrentHashMap<>());
        LongAdder count = byStack.get(found.frames());
        if (count == null && byStack.size() < MAX_STACKS) {
          count = byStack.computeIfAbsent(found.frames(), frames -> new LongAdder());
        }
        if (count != null) {
          count.increment();
        }
      });
    }

    /**
     * Stops, and gives each class's most frequent allocating stack, top frame first; classes
     * never constructed while it ran are left out.
     */
    public Map<String, List<String>> stop() {
      synchronized (LOCK) {
        if (!stopped) {
          stopped = true;
          RECORDINGS.remove(this);
          Set<String> stillWanted = new HashSet<>();
          RECORDINGS.forEach(other -> stillWanted.addAll(other.classes));
          List<Class<?>> released = HOOKED.stream()
              .filter(type -> classes.contains(type.getName())
                  && !stillWanted.contains(type.getName())).toList();
          HOOKED.removeAll(released);
          Instrumentation agent = instrumentation;
          if (agent != null) {
            retransform(agent, released);
          }
        }
      }
      Map<String, List<String>> top = new LinkedHashMap<>();
      stacks.forEach((className, byStack) -> byStack.entrySet().stream()
          .max(Comparator.comparingLong(entry -> entry.getValue().sum()))
          .ifPresent(entry -> top.put(className, entry.getKey())));
      return top;
    }
  }

  /**
   * The class really constructed and where: below the hook, the chain of constructors (the
   * class's own, then its subclasses' calling {@code super()}) ends at the allocating frame, and
   * its callers follow up to the check's own loop or the test engine (what called the check is
   * the failing test itself); the JDK's callers in between are left out.
   */
  private record Constructed(String className, List<String> frames) {
    static Optional<Constructed> of(java.util.stream.Stream<StackWalker.StackFrame> stack) {
      Class<?> constructed = null;
      List<String> frames = new ArrayList<>(FRAMES);
      for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) stack
          .filter(frame -> !frame.getDeclaringClass().getPackageName()
              .equals(AllocationHook.class.getPackageName()))::iterator) {
        Class<?> declaring = frame.getDeclaringClass();
        if (frames.isEmpty() && frame.getMethodName().equals("<init>")
            && (constructed == null || constructed.isAssignableFrom(declaring))) {
          constructed = declaring;
          continue;
        }
        if (constructed == null) {
          return Optional.empty();
        }
        if (EngineClasses.PREFIXES.stream().anyMatch(frame.getClassName()::startsWith)) {
          if (!frames.isEmpty()) {
            break; // the check's own loop or the test engine: below it, only who ran the check
          }
          continue;
        }
        if (!frames.isEmpty() && JDK.stream().anyMatch(frame.getClassName()::startsWith)) {
          continue; // a stream, a reflective call: says nothing of the user's code
        }
        frames.add(frame.getClassName() + "." + frame.getMethodName() + "("
            + (frame.getFileName() == null ? "Unknown Source"
                : frame.getFileName() + ":" + frame.getLineNumber()) + ")");
        if (frames.size() == FRAMES) {
          break;
        }
      }
      return constructed == null || frames.isEmpty() ? Optional.empty()
          : Optional.of(new Constructed(constructed.getName(), List.copyOf(frames)));
    }
  }

  /** Hooks the constructors of {@link #HOOKED} classes when they are retransformed. */
  private static final class Hooker implements ClassFileTransformer {
    @Override
    public byte[] transform(Module module, ClassLoader loader, String className,
        Class<?> classBeingRedefined, ProtectionDomain protectionDomain, byte[] classFile) {
      if (classBeingRedefined == null || !HOOKED.contains(classBeingRedefined)) {
        return null;
      }
      try {
        return ConstructorEntryHook.instrument(classFile, classBeingRedefined.getName());
      } catch (Throwable e) {
        return null;
      }
    }
  }
}
