package org.retention.core.internal.footprint;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import org.openjdk.jol.vm.VM;

/**
 * Gives JOL its model of this VM without the two lines that {@code VM.current()} prints on
 * {@code System.out} when it cannot attach an agent or the Serviceability Agent ("# WARNING:
 * Unable to get Instrumentation. Dynamic Attach failed..." and "# WARNING: Unable to attach
 * Serviceability Agent..."), which ended up in every user's test output.
 *
 * <pre>{@code
 * QuietJolVm.install();                  // before the first measurement
 * GraphLayout.parseInstance(map);        // JOL uses the installed model, prints nothing
 * }</pre>
 *
 * <p>It builds the very model JOL falls back to after both warnings (object layout read through
 * {@code Unsafe}, no agent, no Serviceability Agent) and stores it where {@code VM.current()}
 * caches its instance. Redirecting {@code System.out} around {@code VM.current()} would do the
 * same with public API, but would also swallow what other threads print meanwhile. Reflection on
 * JOL's internals ties this to the JOL version the build pins; when they differ, nothing is
 * installed and JOL works as before, warnings included.
 */
final class QuietJolVm {
  private QuietJolVm() {}

  /** Installs the quiet model unless JOL already has one; never throws. */
  static synchronized void install() {
    String vmName = System.getProperty("java.vm.name", "");
    if (!vmName.contains("HotSpot") && !vmName.contains("OpenJDK")) {
      return;   // JOL refuses other VMs with its own error; leave that to it
    }
    try {
      Field instance = VM.class.getDeclaredField("INSTANCE");
      instance.setAccessible(true);
      if (instance.get(null) != null) {
        return;
      }
      Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
      Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      Constructor<?> hotspot = Class.forName("org.openjdk.jol.vm.HotspotUnsafe")
          .getDeclaredConstructor(unsafeClass, java.lang.instrument.Instrumentation.class);
      hotspot.setAccessible(true);
      instance.set(null, hotspot.newInstance(theUnsafe.get(null), null));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError changedJol) {
      // Another JOL version: VM.current() builds its model itself, and may print its warnings.
    }
  }
}
