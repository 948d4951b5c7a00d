package org.retention.core.internal.heap;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writing and deleting heap dumps, which hold every secret the VM holds: each goes to a new
 * directory that only the current user can enter, under a name no other dump shares.
 */
final class HeapDumps {
  private HeapDumps() {}

  /** Dumps the live objects (after a full collection) to a new private file and returns it. */
  static Path dumpLiveHeap() throws IOException {
    Path directory = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? Files.createTempDirectory(directoryPrefix(),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
        : Files.createTempDirectory(directoryPrefix());
    Path file = directory.resolve("retention-" + ProcessHandle.current().pid() + ".hprof");
    try {
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .dumpHeap(file.toString(), true);
      if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class)
          != null) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return file;
    } catch (IOException | RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  /**
   * How the private directories of this VM's dumps begin, under {@code java.io.tmpdir}: with the
   * process id, so a kept or orphaned dump can be traced to its run.
   */
  static String directoryPrefix() {
    return "retention-heap-" + ProcessHandle.current().pid() + "-";
  }

  /** Deletes a dump and its directory; never throws, so it cannot hide the failure it explains. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    } catch (IOException ignored) {
      // A dump that cannot be deleted stays in its private directory; nothing else can be done.
    }
  }
}
