package org.retention.core.internal.heap;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * How this VM lays objects out, to turn a heap dump's records into real sizes: HPROF writes every
 * reference as 8 bytes, while the VM usually stores compressed 4-byte ones.
 *
 * @param referenceSize bytes of a reference field or array element
 * @param instanceHeader bytes of an object header
 * @param arrayHeader bytes of an array header, length included
 */
record VmLayout(int referenceSize, int instanceHeader, int arrayHeader) {
  /** The layout of the running VM, read from its flags. */
  static VmLayout current() {
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    boolean compressedOops = flag(vm, "UseCompressedOops", true);
    boolean compactHeaders = flag(vm, "UseCompactObjectHeaders", false);
    boolean compressedClasses = compactHeaders || flag(vm, "UseCompressedClassPointers", true);
    int header = compactHeaders ? 8 : compressedClasses ? 12 : 16;
    return new VmLayout(compressedOops ? 4 : 8, header,
        compactHeaders ? 12 : compressedClasses ? 16 : 20);
  }

  long align(long bytes) {
    return (bytes + 7) & ~7L;
  }

  private static boolean flag(HotSpotDiagnosticMXBean vm, String name, boolean otherwise) {
    try {
      return Boolean.parseBoolean(vm.getVMOption(name).getValue());
    } catch (IllegalArgumentException absentOnThisVm) {
      return otherwise;
    }
  }
}
