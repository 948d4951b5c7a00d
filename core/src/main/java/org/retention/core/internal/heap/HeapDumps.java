package org.retention.core.internal.heap;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.util.Set;
import org.retention.core.internal.gc.Interrupts;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writing and deleting heap dumps, which hold every secret the VM holds: each goes to a new
 * directory that only the current user can enter, under a name no other dump shares.
 *
 * <p>No dump outlives its use. A dump still being analysed when the VM exits is deleted by a
 * shutdown hook; the dumps of VMs that were killed (no hook runs) are deleted by the next VM that
 * dumps: their directories carry the process id, and a process that no longer runs can own none.
 */
final class HeapDumps {
  private static final Pattern DIRECTORY = Pattern.compile("retention-heap-(\\d+)-.*");
  private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  /**
   * Held while a dump is taken and analysed, by every kind of analysis: each dump is a full
   * stop-the-world collection plus a write of the whole heap, and two at once would cost twice
   * the disk and memory for nothing.
   */
  private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

  private HeapDumps() {}

  /**
   * Dumps the live objects (after a full collection) to a new private file and returns it. Until
   * {@link #delete} or {@link #keep} is called for it, VM exit deletes it.
   */
  /**
   * Does work that dumps the heap and reads the dump: one such work at a time in the VM (a dump
   * pauses it and may need as much disk as the heap), with the interrupt flag cleared, for a
   * flag left set would close the dump's file channel mid-read.
   */
  static <T, E extends Exception> T exclusively(Interrupts.Work<T, E> work) throws E {
    ONE_AT_A_TIME.lock();
    try {
      return Interrupts.whileCleared(work);
    } finally {
      ONE_AT_A_TIME.unlock();
    }
  }

  static Path dumpLiveHeap() throws IOException {
    return dumpHeap(true);
  }

  /**
   * Dumps the heap to a new private file, as {@link #dumpLiveHeap()} does; without a collection of
   * its own unless {@code live}: right after a proven whole-heap collection, the only objects a
   * dump without one adds are unreachable, and no path search reaches them.
   */
  static Path dumpHeap(boolean live) throws IOException {
    if (STARTED.compareAndSet(false, true)) {
      deleteOrphans(Path.of(System.getProperty("java.io.tmpdir")));
      Runtime.getRuntime().addShutdownHook(
          new Thread(() -> IN_USE.forEach(HeapDumps::delete), "retention-heap-dump-cleaner"));
    }
    Path directory = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? Files.createTempDirectory(directoryPrefix(),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
        : Files.createTempDirectory(directoryPrefix());
    Path file = directory.resolve("retention-" + ProcessHandle.current().pid() + ".hprof");
    IN_USE.add(file);
    try {
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .dumpHeap(file.toString(), live);
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

  /** Keeps a dump the user asked for: VM exit no longer deletes it. */
  static void keep(Path file) {
    IN_USE.remove(file);
  }

  /**
   * Deletes the dump directories under {@code temp} whose process no longer runs: left by VMs
   * that were killed during an analysis. A directory whose process id was reused by a running
   * process is left for a later run.
   */
  static void deleteOrphans(Path temp) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(temp, "retention-heap-*")) {
      for (Path directory : entries) {
        Matcher name = DIRECTORY.matcher(directory.getFileName().toString());
        if (name.matches() && Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
            && !isRunning(Long.parseLong(name.group(1)))) {
          try (DirectoryStream<Path> dumps = Files.newDirectoryStream(directory)) {
            for (Path dump : dumps) {
              Files.deleteIfExists(dump);
            }
          }
          Files.deleteIfExists(directory);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // Cleaning up after other runs must never cost this run its verdict.
    }
  }

  private static boolean isRunning(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Deletes a dump and its directory; never throws, so it cannot hide the failure it explains. */
  static void delete(Path file) {
    IN_USE.remove(file);
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    } catch (IOException ignored) {
      // A dump that cannot be deleted stays in its private directory; nothing else can be done.
    }
  }
}
