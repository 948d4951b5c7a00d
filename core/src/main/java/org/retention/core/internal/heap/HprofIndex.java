package org.retention.core.internal.heap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.retention.core.internal.probe.ProbeMarker;

/**
 * One pass over an HPROF heap dump (the format HotSpot writes with {@code
 * HotSpotDiagnosticMXBean.dumpHeap}), keeping only what a path search needs: where each object's
 * record starts, the classes' field layouts, the GC roots, and the stack traces of threads. The
 * objects' contents stay in the memory-mapped file ({@link HprofFile}, any size) and are read
 * when a search visits them. Per object the index keeps 4 bytes of offset ({@link RecordOffsets})
 * and about 1 byte of id table ({@link ObjectIds}); the heap records are scanned in parts side by
 * side ({@link Workers}).
 *
 * <p>Every object has an index: instances and arrays first, in dump order, then the classes.
 * Classes are objects of the graph like any other: an instance holds its class, a class holds its
 * loader, signers, protection domain, super class and static values, and a loader holds its
 * classes through its own fields ({@code ClassLoader.classes}).
 */
final class HprofIndex {
  /** The loaders whose classes the VM never unloads: what they load is always reachable. */
  private static final Set<String> ORDINARY_LOADERS = Set.of(
      "jdk.internal.loader.ClassLoaders$AppClassLoader",
      "jdk.internal.loader.ClassLoaders$PlatformClassLoader");

  /**
   * Passes over millions of objects call a method per this many: the JIT compiles it whole, and a
   * branch taken for the first time (the first reference into the target objects, say) sends
   * only the rest of one chunk back to the interpreter, not the rest of the pass.
   */
  static final int PASS_CHUNK = 1 << 15;

  private static final int INSTANCE_CODE = HprofObjectTag.INSTANCE_DUMP.code();
  private static final int OBJECT_ARRAY_CODE = HprofObjectTag.OBJECT_ARRAY_DUMP.code();
  private static final int PRIMITIVE_ARRAY_CODE = HprofObjectTag.PRIMITIVE_ARRAY_DUMP.code();

  /** A root record of the dump: its kind, object, and thread serial and frame, if any. */
  record Root(HprofRootTag tag, long objectId, int threadSerial, int frame) {}

  /** A method on a thread's stack. */
  record Frame(String className, String method, String sourceFile, int line) {}

  /** A thread alive at the dump. */
  record ThreadInfo(long objectId, int traceSerial) {}

  final int idSize;
  private final HprofFile file;
  private final VmLayout layout;
  private final Map<Long, String> strings = new HashMap<>();
  private final Map<Long, String> classNames = new HashMap<>();
  private final Map<Integer, Long> classIdsBySerial = new HashMap<>();
  private final Map<Long, ClassInfo> classes = new HashMap<>();
  private final Map<Long, Frame> frames = new HashMap<>();
  private final Map<Integer, long[]> traces = new HashMap<>();
  final Map<Integer, ThreadInfo> threads = new HashMap<>();
  final List<Root> roots = new ArrayList<>();
  /** The instances of {@link ProbeMarker}, by index. */
  final List<Integer> probeInstances = new ArrayList<>();
  private long probeClassId;
  private final ObjectIds indexById;
  /** The classes again, found without boxing: searches look one up for every object they visit. */
  private final ClassInfo[] classesByIndex;
  private final LongIntMap classIndex;
  /** The ids of the bootstrap (0), platform and application class loaders. */
  private final LongIntMap ordinaryLoaders = new LongIntMap(4);
  private ClassInfo javaLangClass;
  private final RecordOffsets offsets;
  /** How many instance and array records the dump has; classes come after them. */
  private final int recordCount;
  /** The heap records ({start, end} of their bodies), in file order. */
  private final List<long[]> heapRecords = new ArrayList<>();
  /** Per part: the index of its first object. */
  private int[] partBases;
  /** Per part: its primitive arrays, by index in the part; they hold no reference. */
  private BitSet[] partPrimitiveArrays;

  private HprofIndex(HprofFile file, VmLayout layout) {
    this.file = file;
    this.layout = layout;
    long headerEnd = 0;
    while (file.get(headerEnd) != 0) {
      headerEnd++;
    }
    this.idSize = file.getInt(headerEnd + 1);
    long position = headerEnd + 1 + 4 + 8;
    while (position < file.size()) {
      long length = file.getInt(position + 5) & 0xFFFFFFFFL;
      long body = position + 9;
      switch (HprofTag.of(file.get(position) & 0xFF)) {
        case STRING_IN_UTF8 -> strings.put(id(body), file.utf8(body + idSize, (int) length - idSize));
        case LOAD_CLASS -> loadClass(body);
        case STACK_FRAME -> frame(body);
        case STACK_TRACE -> trace(body);
        case HEAP_DUMP, HEAP_DUMP_SEGMENT -> heapRecords.add(new long[] {body, body + length});
        default -> { }
      }
      position = body + length;
    }
    HeapPart[] parts = scanHeap();
    ObjectIds.Builder[] ids = new ObjectIds.Builder[parts.length];
    RecordOffsets.Builder[] partOffsets = new RecordOffsets.Builder[parts.length];
    int base = 0;
    partBases = new int[parts.length];
    partPrimitiveArrays = new BitSet[parts.length];
    for (int i = 0; i < parts.length; i++) {
      HeapPart part = parts[i];
      partBases[i] = base;
      partPrimitiveArrays[i] = part.primitiveArrays;
        ids[i] = part.ids;
      partOffsets[i] = part.offsets;
      roots.addAll(part.roots);
      threads.putAll(part.threads);
      classes.putAll(part.classes);
      for (int probe : part.probes) {
        probeInstances.add(base + probe);
      }
      base += part.offsets.count();
    }
    recordCount = base;
    offsets = RecordOffsets.concat(partOffsets);
    indexById = ObjectIds.of(ids, index -> id(bodyOf(index)));
    classes.values().forEach(type -> type.link(this));
    classesByIndex = classes.values().stream()
        .sorted(Comparator.comparing((ClassInfo type) -> type.name).thenComparingLong(type -> type.id))
        .toArray(ClassInfo[]::new);
    classIndex = new LongIntMap(classesByIndex.length);
    for (int i = 0; i < classesByIndex.length; i++) {
      classIndex.put(classesByIndex[i].id, i);
    }
    for (int i = 0; i < classesByIndex.length; i++) {
      String loaderName = loaderClassName(classesByIndex[i].loaderId);
      if (loaderName != null && ORDINARY_LOADERS.contains(loaderName)) {
        ordinaryLoaders.put(classesByIndex[i].loaderId, 1);
      }
      if (classesByIndex[i].name.equals("java.lang.Class")) {
        javaLangClass = classesByIndex[i];
      }
    }
  }

  /** Indexes the dump at {@code path}, of any size. */
  static HprofIndex open(Path path, VmLayout layout) throws IOException {
    return open(path, layout, HprofFile.WINDOW_BITS);
  }

  /** As {@link #open(Path, VmLayout)}, mapping the file in windows of {@code 2^windowBits}. */
  static HprofIndex open(Path path, VmLayout layout, int windowBits) throws IOException {
    return new HprofIndex(HprofFile.open(path, windowBits), layout);
  }

  /**
   * Scans the heap records side by side in parts of about equal bytes; HotSpot writes its heap in
   * segments of about 1 MB, so the parts end on segment boundaries and each part's records are
   * read by one thread, in file order.
   */
  private HeapPart[] scanHeap() {
    long total = 0;
    for (long[] record : heapRecords) {
      total += record[1] - record[0];
    }
    int parts = Math.min(Math.max(1, heapRecords.size()), Workers.parts(total / 32));
    int[] firstRecord = new int[parts + 1];
    long done = 0;
    int next = 0;
    for (int i = 0; i < heapRecords.size(); i++) {
      if (next < parts && done >= next * (total / parts)) {
        firstRecord[next++] = i;
      }
      done += heapRecords.get(i)[1] - heapRecords.get(i)[0];
    }
    parts = Math.max(1, next);
    firstRecord[parts] = heapRecords.size();
    HeapPart[] result = new HeapPart[parts];
    Workers.run(parts, part -> {
      HeapPart scan = new HeapPart();
      for (int i = firstRecord[part]; i < firstRecord[part + 1]; i++) {
        scan.heapDump(heapRecords.get(i)[0], heapRecords.get(i)[1]);
      }
      result[part] = scan;
    });
    return result;
  }

  private void loadClass(long body) {
    int serial = file.getInt(body);
    long classId = id(body + 4);
    String name = strings.get(id(body + 8 + idSize)).replace('/', '.');
    classNames.put(classId, name);
    classIdsBySerial.put(serial, classId);
    if (name.equals(ProbeMarker.CLASS_NAME)) {
      probeClassId = classId;
    }
  }

  private void frame(long body) {
    long frameId = id(body);
    long classId = classIdsBySerial.getOrDefault(file.getInt(body + 4 * idSize), 0L);
    frames.put(frameId, new Frame(classNames.getOrDefault(classId, "?"),
        strings.getOrDefault(id(body + idSize), "?"), strings.get(id(body + 3 * idSize)),
        file.getInt(body + 4 * idSize + 4)));
  }

  private void trace(long body) {
    int serial = file.getInt(body);
    int count = file.getInt(body + 8);
    long[] frameIds = new long[count];
    for (int i = 0; i < count; i++) {
      frameIds[i] = id(body + 12 + (long) i * idSize);
    }
    traces.put(serial, frameIds);
  }

  /**
   * What one thread finds in its share of the heap records: object offsets and ids in file order,
   * roots, threads, classes and probe markers. Reads the strings and classes the top-level pass
   * found; writes only its own fields.
   */
  private final class HeapPart {
    final RecordOffsets.Builder offsets = new RecordOffsets.Builder();
    final ObjectIds.Builder ids = new ObjectIds.Builder();
    final BitSet primitiveArrays = new BitSet();
    final List<Root> roots = new ArrayList<>();
    final Map<Integer, ThreadInfo> threads = new HashMap<>();
    final Map<Long, ClassInfo> classes = new HashMap<>();
    final List<Integer> probes = new ArrayList<>();

    void heapDump(long position, long end) {
      while (position < end) {
        int code = file.get(position) & 0xFF;
        long body = position + 1;
        // Instances and arrays are nearly every record: they come first, read with no look-up.
        if (code == INSTANCE_CODE) {
          if (probeClassId != 0 && classIdAt(body, false) == probeClassId) {
            probes.add(offsets.count());
          }
          position = object(position, contentAt(body) + fieldBytes(body));
        } else if (code == OBJECT_ARRAY_CODE) {
          position = object(position, contentAt(body) + (long) arrayLengthAt(body) * idSize);
        } else if (code == PRIMITIVE_ARRAY_CODE) {
          primitiveArrays.set(offsets.count());
          position = object(position, primitiveContentAt(body)
              + (long) arrayLengthAt(body) * size(primitiveTypeAt(body)));
        } else {
          position = otherRecord(code, body, position);
        }
      }
    }

    /** Adds the instance or array record at {@code position}; returns {@code next}. */
    private long object(long position, long next) {
      ids.add(id(position + 1));
      offsets.add(position);
      return next;
    }

    private long otherRecord(int code, long body, long position) {
      HprofRootTag root = HprofRootTag.of(code);
      if (root != null) {
        return rootRecord(root, body);
      }
      if (code == HprofObjectTag.CLASS_DUMP.code()) {
        return classDump(body);
      }
      throw new IllegalStateException(
          "unknown heap dump record 0x" + Integer.toHexString(code) + " at offset " + position);
    }

    private long rootRecord(HprofRootTag tag, long body) {
      int serial = tag.hasThread() ? file.getInt(body + idSize) : 0;
      int frame = tag.hasFrame() ? file.getInt(body + idSize + 4) : -1;
      if (tag == HprofRootTag.THREAD_OBJECT) {
        threads.put(serial, new ThreadInfo(id(body), file.getInt(body + idSize + 4)));
      }
      roots.add(new Root(tag, id(body), serial, frame));
      return body + idSize + tag.extraBytes(idSize);
    }

    private long classDump(long body) {
      long classId = id(body);
      long superId = id(body + idSize + 4);
      long loaderId = id(body + 2 * idSize + 4);
      long signersId = id(body + 3 * idSize + 4);
      long protectionDomainId = id(body + 4 * idSize + 4);
      long position = body + 7 * idSize + 8;
      int constants = file.getShort(position) & 0xFFFF;
      position += 2;
      for (int i = 0; i < constants; i++) {
        position += 3 + size(file.get(position + 2));
      }
      int statics = file.getShort(position) & 0xFFFF;
      position += 2;
      List<String> staticNames = new ArrayList<>();
      List<Long> staticValues = new ArrayList<>();
      for (int i = 0; i < statics; i++) {
        byte type = file.get(position + idSize);
        if (HprofType.of(type) == HprofType.OBJECT) {
          staticNames.add(strings.get(id(position)));
          staticValues.add(id(position + idSize + 1));
        }
        position += idSize + 1 + size(type);
      }
      int fields = file.getShort(position) & 0xFFFF;
      position += 2;
      String[] names = new String[fields];
      byte[] types = new byte[fields];
      for (int i = 0; i < fields; i++) {
        names[i] = strings.get(id(position));
        types[i] = file.get(position + idSize);
        position += idSize + 1;
      }
      classes.put(classId, new ClassInfo(classId, superId, loaderId, signersId, protectionDomainId,
          names, types, staticNames.toArray(String[]::new),
          staticValues.stream().mapToLong(Long::longValue).toArray()));
      return position;
    }
  }

  // Where things are in an instance or array record, from its body (the byte after its tag):
  // the object's id comes first, then a stack trace serial.

  /** The body of the instance or array record of the object at {@code index}. */
  private long bodyOf(int index) {
    return offsets.get(index) + 1;
  }

  /** The class id of the instance ({@code objectArray} false) or object array record. */
  private long classIdAt(long body, boolean objectArray) {
    return id(body + idSize + (objectArray ? 8 : 4));
  }

  /** Where an instance's field values, or an object array's elements, start. */
  private long contentAt(long body) {
    return body + 2 * idSize + 8;
  }

  /** The bytes of field values of the instance record with {@code body}. */
  private long fieldBytes(long body) {
    return file.getInt(body + 2 * idSize + 4) & 0xFFFFFFFFL;
  }

  /** The length of the array record with {@code body}. */
  private int arrayLengthAt(long body) {
    return file.getInt(body + idSize + 4);
  }

  /** The element type code of the primitive array record with {@code body}. */
  private byte primitiveTypeAt(long body) {
    return file.get(body + idSize + 8);
  }

  /** Where the elements of the primitive array record with {@code body} start. */
  private long primitiveContentAt(long body) {
    return body + idSize + 9;
  }

  /** How many parts the objects are split into: {@link #forEachReferenceInto} per part. */
  int parts() {
    return partBases.length;
  }

  /**
   * Calls {@code held} with the index of each of {@code objects} that an instance or array of
   * {@code part} strongly references, unless {@code skip} names that instance or array; in file
   * order. Parts can be scanned side by side. This is a pass over most of the dump, so a
   * reference to any other object costs one look at a small bitmap, and {@code skip} is asked only
   * about the holders of references into {@code objects}.
   */
  void forEachReferenceInto(int part, ObjectIdSet objects, IntPredicate skip, IntConsumer held) {
    int base = partBases[part];
    int end = part + 1 < partBases.length ? partBases[part + 1] : recordCount;
    ClassCache recentClasses = new ClassCache();
    for (int from = base; from < end; from += PASS_CHUNK) {
      referencesInto(part, from, Math.min(end, from + PASS_CHUNK), recentClasses, objects, skip,
          held);
    }
  }

  /** {@link #forEachReferenceInto} for the objects {@code from} to {@code to} of {@code part}. */
  private void referencesInto(int part, int from, int to, ClassCache recentClasses,
      ObjectIdSet objects, IntPredicate skip, IntConsumer held) {
    int base = partBases[part];
    BitSet primitiveArrays = partPrimitiveArrays[part];
    for (int index = from; index < to; index++) {
      // A primitive array's record is not even touched: a third of a typical dump's bytes.
      if (primitiveArrays.get(index - base)) {
        continue;
      }
      long body = bodyOf(index);
      boolean array = file.get(body - 1) == (byte) OBJECT_ARRAY_CODE;
      long classId = classIdAt(body, array);
      heldBy(index, objects.indexOf(classId), skip, held);
      if (array) {
        long elements = contentAt(body);
        int length = arrayLengthAt(body);
        for (int i = 0; i < length; i++) {
          heldBy(index, objects.indexOf(id(elements + (long) i * idSize)), skip, held);
        }
        continue;
      }
      ClassInfo type = recentClasses.get(classId);
      if (type == null) {
        continue;
      }
      long values = contentAt(body);
      int[] referenceOffsets = type.referenceOffsets;
      for (int slot = 0; slot < referenceOffsets.length; slot++) {
        if (slot != type.referentSlot) {
          heldBy(index, objects.indexOf(id(values + referenceOffsets[slot])), skip, held);
        }
      }
    }
  }

  /**
   * The classes of the instances a pass met last, by id: most instances are of a few classes, and
   * one slot of this small table is nearer than the class table.
   */
  private final class ClassCache {
    private static final int SLOTS = 1024;
    private final long[] ids = new long[SLOTS];
    private final ClassInfo[] types = new ClassInfo[SLOTS];

    ClassInfo get(long classId) {
      // Class ids are addresses: 8-byte aligned.
      int slot = (int) (classId >>> 3) & (SLOTS - 1);
      if (ids[slot] != classId) {
        ids[slot] = classId;
        types[slot] = classById(classId);
      }
      return types[slot];
    }
  }

  private static void heldBy(int holder, int object, IntPredicate skip, IntConsumer held) {
    if (object >= 0 && !skip.test(holder)) {
      held.accept(object);
    }
  }

  // ---- reading objects ----

  /** How many objects the dump has, classes included: indexes run from 0 to this, exclusive. */
  int objectCount() {
    return recordCount + classesByIndex.length;
  }

  /** The index of the object (or class) with this id, or -1 when the dump has no such object. */
  int indexOf(long id) {
    if (id == 0) {
      return -1;
    }
    int index = indexById.indexOf(id);
    if (index >= 0) {
      return index;
    }
    int type = classIndex.get(id);
    return type < 0 ? -1 : recordCount + type;
  }

  HprofObjectTag tagOf(int index) {
    return index >= recordCount
        ? HprofObjectTag.CLASS_DUMP
        : HprofObjectTag.of(file.get(offsets.get(index)) & 0xFF);
  }

  /** Whether the object at {@code index} is a class. */
  boolean isClass(int index) {
    return index >= recordCount;
  }

  long idOf(int index) {
    return index >= recordCount ? classesByIndex[index - recordCount].id : id(bodyOf(index));
  }

  /** The class that the class object at {@code index} stands for. */
  ClassInfo classAt(int index) {
    return classesByIndex[index - recordCount];
  }

  /** The index of a class's own object. */
  int indexOfClass(ClassInfo type) {
    return recordCount + classIndex.get(type.id);
  }

  /** The class of an instance or object array; {@code java.lang.Class} for a class. */
  ClassInfo classOf(int index) {
    if (index >= recordCount) {
      return javaLangClass;
    }
    return classById(classIdAt(bodyOf(index), tagOf(index) == HprofObjectTag.OBJECT_ARRAY_DUMP));
  }

  /** The Java name of the object's class: {@code java.util.ArrayList}, {@code byte[]}. */
  String classNameOf(int index) {
    if (tagOf(index) == HprofObjectTag.PRIMITIVE_ARRAY_DUMP) {
      return HprofType.of(primitiveTypeAt(bodyOf(index))).arrayName();
    }
    ClassInfo type = classOf(index);
    return type == null ? "?" : type.name;
  }

  /**
   * Whether the VM keeps this object alive for as long as it runs: a class of the bootstrap,
   * platform or application class loader, or one of those loaders.
   */
  boolean isAlwaysReachable(int index) {
    return index >= recordCount
        ? isOrdinaryLoader(classesByIndex[index - recordCount].loaderId)
        : ordinaryLoaders.get(idOf(index)) >= 0;
  }

  /** Whether {@code loaderId} is the bootstrap (0), platform or application loader. */
  boolean isOrdinaryLoader(long loaderId) {
    return loaderId == 0 || ordinaryLoaders.get(loaderId) >= 0;
  }

  /** The class name of the loader with this id, or null for the bootstrap loader. */
  String loaderClassName(long loaderId) {
    int loader = indexOf(loaderId);
    return loader < 0 ? null : classNameOf(loader);
  }

  int arrayLength(int index) {
    return arrayLengthAt(bodyOf(index));
  }

  long objectArrayElement(int index, int element) {
    return id(contentAt(bodyOf(index)) + (long) element * idSize);
  }

  /** The bytes the object occupies in the VM (not in the dump, where references take 8 bytes). */
  long shallowSize(int index) {
    HprofObjectTag tag = tagOf(index);
    if (tag == HprofObjectTag.INSTANCE_DUMP || tag == HprofObjectTag.CLASS_DUMP) {
      ClassInfo type = classOf(index);
      return type == null ? 0 : type.shallowSize;
    }
    int length = arrayLength(index);
    int element = tag == HprofObjectTag.OBJECT_ARRAY_DUMP
        ? layout.referenceSize()
        : size(primitiveTypeAt(bodyOf(index)));
    return layout.align(layout.arrayHeader() + (long) length * element);
  }

  /**
   * Calls {@code visitor} with each non-null reference of an object: an instance's fields, then its
   * class ({@link Edges#CLASS}); an array's elements, then its class; a class's loader, protection
   * domain, signers, super class, then its static values (slot: the static's index).
   */
  void forEachReference(int index, boolean followReferents, ReferenceVisitor visitor) {
    forEachReference(index, followReferents ? Referents.ALL : Referents.NONE, visitor);
  }

  /** As {@link #forEachReference(int, boolean, ReferenceVisitor)}, following {@code referents}. */
  void forEachReference(int index, Referents referents, ReferenceVisitor visitor) {
    if (index >= recordCount) {
      classReferences(classesByIndex[index - recordCount], visitor);
      return;
    }
    objectReferences(tagOf(index), bodyOf(index), referents, visitor);
  }

  /** The references of the instance or array record with {@code body}. */
  private void objectReferences(
      HprofObjectTag tag, long body, Referents referents, ReferenceVisitor visitor) {
    if (tag == HprofObjectTag.OBJECT_ARRAY_DUMP) {
      int length = arrayLengthAt(body);
      long elements = contentAt(body);
      for (int i = 0; i < length; i++) {
        long id = id(elements + (long) i * idSize);
        if (id != 0) {
          visitor.visit(id, i);
        }
      }
      visitor.visit(classIdAt(body, true), Edges.CLASS);
    } else if (tag == HprofObjectTag.INSTANCE_DUMP) {
      long classId = classIdAt(body, false);
      ClassInfo type = classById(classId);
      if (type == null) {
        return;
      }
      long values = contentAt(body);
      int[] referenceOffsets = type.referenceOffsets;
      for (int slot = 0; slot < referenceOffsets.length; slot++) {
        if (slot == type.referentSlot && !referents.follows(type)) {
          continue;
        }
        long id = id(values + referenceOffsets[slot]);
        if (id != 0) {
          visitor.visit(id, slot);
        }
      }
      visitor.visit(classId, Edges.CLASS);
    }
  }

  private static void classReferences(ClassInfo type, ReferenceVisitor visitor) {
    visitIfSet(type.loaderId, Edges.LOADER, visitor);
    visitIfSet(type.protectionDomainId, Edges.PROTECTION_DOMAIN, visitor);
    visitIfSet(type.signersId, Edges.SIGNERS, visitor);
    visitIfSet(type.superId, Edges.SUPERCLASS, visitor);
    for (int i = 0; i < type.staticValues.length; i++) {
      visitIfSet(type.staticValues[i], i, visitor);
    }
  }

  private static void visitIfSet(long id, int slot, ReferenceVisitor visitor) {
    if (id != 0) {
      visitor.visit(id, slot);
    }
  }

  /** The raw value of the instance field {@code name}, searched from the object's own class up. */
  long field(int index, String name) {
    ClassInfo type = classOf(index);
    long values = contentAt(bodyOf(index));
    int offset = 0;
    for (int i = 0; i < type.allNames.length; i++) {
      if (type.allNames[i].equals(name)) {
        long position = values + offset;
        HprofType fieldType = HprofType.of(type.allTypes[i]);
        return switch (fieldType.size(idSize)) {
          case 1 -> file.get(position);
          case 2 -> file.getShort(position);
          case 4 -> fieldType == HprofType.OBJECT ? id(position) : file.getInt(position);
          default -> file.getLong(position);
        };
      }
      offset += size(type.allTypes[i]);
    }
    throw new IllegalStateException(type.name + " has no field " + name);
  }

  /** A {@code java.lang.String}'s text, or null when {@code index} is not a string. */
  String stringValue(int index) {
    if (index < 0 || !"java.lang.String".equals(classNameOf(index))) {
      return null;
    }
    int value = indexOf(field(index, "value"));
    if (value < 0) {
      return null;
    }
    int length = arrayLength(value);
    byte[] bytes = new byte[length];
    file.get(primitiveContentAt(bodyOf(value)), bytes);
    return new String(bytes, field(index, "coder") == 0
        ? StandardCharsets.ISO_8859_1
        : StandardCharsets.UTF_16LE);
  }

  /** The method whose local variable a frame root is, when the dump names it. */
  Optional<Frame> frameOf(Root root) {
    ThreadInfo thread = threads.get(root.threadSerial());
    if (thread == null) {
      return Optional.empty();
    }
    List<Frame> stack = stackTrace(thread.traceSerial());
    return root.frame() >= 0 && root.frame() < stack.size()
        ? Optional.ofNullable(stack.get(root.frame()))
        : Optional.empty();
  }

  /** The frames of a thread's stack trace, innermost first. */
  List<Frame> stackTrace(int traceSerial) {
    long[] frameIds = traces.getOrDefault(traceSerial, new long[0]);
    List<Frame> result = new ArrayList<>(frameIds.length);
    for (long frameId : frameIds) {
      result.add(frames.get(frameId));
    }
    return result;
  }

  ClassInfo classById(long id) {
    int index = classIndex.get(id);
    return index < 0 ? null : classesByIndex[index];
  }

  /** The classes of the dump, ordered by name. */
  List<ClassInfo> classes() {
    return List.of(classesByIndex);
  }

  String className(long classId) {
    return classNames.getOrDefault(classId, "?");
  }

  /** The Java name of a class from its HPROF name: {@code [Ljava.lang.Object;} is {@code Object[]}. */
  static String javaName(String name) {
    int dimensions = 0;
    while (name.charAt(dimensions) == '[') {
      dimensions++;
    }
    if (dimensions == 0) {
      return name;
    }
    String element = name.charAt(dimensions) == 'L'
        ? name.substring(dimensions + 1, name.length() - 1)
        : HprofType.ofDescriptor(name.charAt(dimensions)).javaName();
    return element + "[]".repeat(dimensions);
  }

  private long id(long position) {
    return idSize == 8 ? file.getLong(position) : file.getInt(position) & 0xFFFFFFFFL;
  }

  private int size(byte type) {
    return HprofType.of(type).size(idSize);
  }

  /** Which {@code Reference.referent} fields a walk over references follows. */
  enum Referents {
    NONE,
    /** Those of {@code SoftReference}s only: what is softly reachable. */
    SOFT,
    ALL;

    boolean follows(ClassInfo reference) {
      return this == ALL || this == SOFT && reference.soft;
    }
  }

  /**
   * Receives one reference: the referenced object's id, and the field slot, array index, static
   * index or one of the {@link Edges}.
   */
  @FunctionalInterface
  interface ReferenceVisitor {
    void visit(long id, int slotOrIndex);
  }

  /** A class of the dump with its fields, its own and inherited, in the order of the records. */
  static final class ClassInfo {
    final long id;
    final long superId;
    final long loaderId;
    final long signersId;
    final long protectionDomainId;
    private final String[] ownNames;
    private final byte[] ownTypes;
    final String[] staticNames;
    final long[] staticValues;
    String name;
    String[] allNames;
    byte[] allTypes;
    /** Per reference field: its offset in the instance's values, its name and declaring class. */
    int[] referenceOffsets;
    String[] referenceNames;
    String[] referenceDeclarers;
    /** The slot of {@code Reference.referent}, or -1 when this is no {@code Reference}. */
    int referentSlot = -1;
    /** Whether this is a {@code SoftReference}. */
    boolean soft;
    long shallowSize;

    ClassInfo(long id, long superId, long loaderId, long signersId, long protectionDomainId,
        String[] ownNames, byte[] ownTypes, String[] staticNames, long[] staticValues) {
      this.id = id;
      this.superId = superId;
      this.loaderId = loaderId;
      this.signersId = signersId;
      this.protectionDomainId = protectionDomainId;
      this.ownNames = ownNames;
      this.ownTypes = ownTypes;
      this.staticNames = staticNames;
      this.staticValues = staticValues;
    }

    void link(HprofIndex index) {
      name = javaName(index.className(id));
      List<String> names = new ArrayList<>();
      List<Byte> types = new ArrayList<>();
      List<ReferenceField> references = new ArrayList<>();
      long fieldBytes = 0;
      int offset = 0;
      int depth = 0;
      for (ClassInfo type = this; type != null; type = index.classes.get(type.superId), depth++) {
        String declarer = javaName(index.className(type.id));
        for (int i = 0; i < type.ownNames.length; i++) {
          names.add(type.ownNames[i]);
          types.add(type.ownTypes[i]);
          if (HprofType.of(type.ownTypes[i]) == HprofType.OBJECT) {
            references.add(new ReferenceField(depth, declarer, type.ownNames[i], offset));
            fieldBytes += index.layout.referenceSize();
          } else {
            fieldBytes += index.size(type.ownTypes[i]);
          }
          offset += index.size(type.ownTypes[i]);
        }
      }
      // Dumps list fields in an order that differs between JDKs (JDK 17 and 25 disagree on
      // LinkedHashMap's head and tail); visiting them by name makes ties between equally short
      // paths, and so fingerprints, the same everywhere.
      references.sort(Comparator.comparingInt(ReferenceField::depth)
          .thenComparing(ReferenceField::name));
      referenceOffsets = new int[references.size()];
      referenceNames = new String[references.size()];
      referenceDeclarers = new String[references.size()];
      for (int slot = 0; slot < referenceOffsets.length; slot++) {
        ReferenceField field = references.get(slot);
        referenceOffsets[slot] = field.offset();
        referenceNames[slot] = field.name();
        referenceDeclarers[slot] = field.declarer();
        if (field.declarer().equals("java.lang.ref.Reference") && field.name().equals("referent")) {
          referentSlot = slot;
        }
      }
      for (ClassInfo type = this; type != null; type = index.classes.get(type.superId)) {
        soft |= index.className(type.id).equals("java.lang.ref.SoftReference");
      }
      allNames = names.toArray(String[]::new);
      allTypes = new byte[types.size()];
      for (int i = 0; i < allTypes.length; i++) {
        allTypes[i] = types.get(i);
      }
      shallowSize = index.layout.align(index.layout.instanceHeader() + fieldBytes);
    }

    private record ReferenceField(int depth, String declarer, String name, int offset) {}
  }
}
