package org.retention.core.internal.heap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over an HPROF heap dump (the format HotSpot writes with {@code
 * HotSpotDiagnosticMXBean.dumpHeap}), keeping only what a path search needs: where each object's
 * record starts, the classes' field layouts, the GC roots, and the stack traces of threads. The
 * objects' contents stay in the memory-mapped file and are read when a search visits them.
 */
final class HprofIndex {
  static final byte OBJECT = 2;
  private static final int INSTANCE = 0x21;
  private static final int OBJECT_ARRAY = 0x22;
  private static final int PRIMITIVE_ARRAY = 0x23;
  private static final String PROBE_CLASS = "org.retention.core.probe.RetentionProbe";

  /** A root record of the dump: its kind tag, object, and thread serial and frame, if any. */
  record Root(int tag, long objectId, int threadSerial, int frame) {}

  /** A method on a thread's stack. */
  record Frame(String className, String method, String sourceFile, int line) {}

  /** A thread alive at the dump. */
  record ThreadInfo(long objectId, int traceSerial) {}

  final int idSize;
  private final ByteBuffer file;
  private final VmLayout layout;
  private final Map<Long, String> strings = new HashMap<>();
  private final Map<Long, String> classNames = new HashMap<>();
  private final Map<Integer, Long> classIdsBySerial = new HashMap<>();
  private final Map<Long, ClassInfo> classes = new HashMap<>();
  private final Map<Long, Frame> frames = new HashMap<>();
  private final Map<Integer, long[]> traces = new HashMap<>();
  final Map<Integer, ThreadInfo> threads = new HashMap<>();
  final List<Root> roots = new ArrayList<>();
  final List<Integer> probeInstances = new ArrayList<>();
  private long probeClassId;
  private final ObjectIds indexById;
  /** The classes again, found without boxing: searches look one up for every object they visit. */
  private final ClassInfo[] classesByIndex;
  private final LongIntMap classIndex;
  private int[] offsets = new int[1 << 16];
  private int objectCount;

  private HprofIndex(ByteBuffer file, VmLayout layout) {
    this.file = file;
    this.layout = layout;
    int headerEnd = 0;
    while (file.get(headerEnd) != 0) {
      headerEnd++;
    }
    this.idSize = file.getInt(headerEnd + 1);
    long[] ids = new long[1 << 16];
    int position = headerEnd + 1 + 4 + 8;
    while (position < file.limit()) {
      int tag = file.get(position) & 0xFF;
      int length = file.getInt(position + 5);
      int body = position + 9;
      switch (tag) {
        case 0x01 -> strings.put(id(body), utf8(body + idSize, length - idSize));
        case 0x02 -> loadClass(body);
        case 0x04 -> frame(body);
        case 0x05 -> trace(body);
        case 0x0C, 0x1C -> ids = heapDump(body, body + length, ids);
        default -> { }
      }
      position = body + length;
    }
    indexById = ObjectIds.of(ids, objectCount);
    classes.values().forEach(type -> type.link(this));
    classesByIndex = classes.values().toArray(ClassInfo[]::new);
    classIndex = new LongIntMap(classesByIndex.length);
    for (int i = 0; i < classesByIndex.length; i++) {
      classIndex.put(classesByIndex[i].id, i);
    }
  }

  /** Indexes the dump at {@code path}, which must be smaller than 2 GB. */
  static HprofIndex open(Path path, VmLayout layout) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      if (channel.size() > Integer.MAX_VALUE) {
        throw new IOException("the heap dump is " + channel.size() / (1 << 20)
            + " MB, larger than the 2 GB this analysis reads");
      }
      MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      return new HprofIndex(mapped, layout);
    }
  }

  private void loadClass(int body) {
    int serial = file.getInt(body);
    long classId = id(body + 4);
    String name = strings.get(id(body + 8 + idSize)).replace('/', '.');
    classNames.put(classId, name);
    classIdsBySerial.put(serial, classId);
    if (name.equals(PROBE_CLASS)) {
      probeClassId = classId;
    }
  }

  private void frame(int body) {
    long frameId = id(body);
    long classId = classIdsBySerial.getOrDefault(file.getInt(body + 4 * idSize), 0L);
    frames.put(frameId, new Frame(classNames.getOrDefault(classId, "?"),
        strings.getOrDefault(id(body + idSize), "?"), strings.get(id(body + 3 * idSize)),
        file.getInt(body + 4 * idSize + 4)));
  }

  private void trace(int body) {
    int serial = file.getInt(body);
    int count = file.getInt(body + 8);
    long[] frameIds = new long[count];
    for (int i = 0; i < count; i++) {
      frameIds[i] = id(body + 12 + i * idSize);
    }
    traces.put(serial, frameIds);
  }

  private long[] heapDump(int position, int end, long[] ids) {
    while (position < end) {
      int tag = file.get(position) & 0xFF;
      int body = position + 1;
      switch (tag) {
        case 0xFF, 0x05, 0x07 -> {
          roots.add(new Root(tag, id(body), 0, -1));
          position = body + idSize;
        }
        case 0x01 -> {
          roots.add(new Root(tag, id(body), 0, -1));
          position = body + 2 * idSize;
        }
        case 0x02, 0x03 -> {
          roots.add(new Root(tag, id(body), file.getInt(body + idSize),
              file.getInt(body + idSize + 4)));
          position = body + idSize + 8;
        }
        case 0x04, 0x06 -> {
          roots.add(new Root(tag, id(body), file.getInt(body + idSize), -1));
          position = body + idSize + 4;
        }
        case 0x08 -> {
          int serial = file.getInt(body + idSize);
          threads.put(serial, new ThreadInfo(id(body), file.getInt(body + idSize + 4)));
          roots.add(new Root(tag, id(body), serial, -1));
          position = body + idSize + 8;
        }
        case 0x20 -> position = classDump(body);
        case INSTANCE, OBJECT_ARRAY, PRIMITIVE_ARRAY -> {
          if (objectCount == ids.length) {
            ids = Arrays.copyOf(ids, objectCount * 2);
            offsets = Arrays.copyOf(offsets, objectCount * 2);
          }
          ids[objectCount] = id(body);
          offsets[objectCount] = position;
          if (tag == INSTANCE && probeClassId != 0 && id(body + idSize + 4) == probeClassId) {
            probeInstances.add(objectCount);
          }
          objectCount++;
          position = skipObject(tag, body);
        }
        default -> throw new IllegalStateException(
            "unknown heap dump record 0x" + Integer.toHexString(tag) + " at offset " + position);
      }
    }
    return ids;
  }

  private int skipObject(int tag, int body) {
    int afterId = body + idSize + 4;
    return switch (tag) {
      case INSTANCE -> afterId + idSize + 4 + file.getInt(afterId + idSize);
      case OBJECT_ARRAY -> afterId + 4 + idSize + file.getInt(afterId) * idSize;
      default -> afterId + 5 + file.getInt(afterId) * size(file.get(afterId + 4));
    };
  }

  private int classDump(int body) {
    long classId = id(body);
    long superId = id(body + idSize + 4);
    long loaderId = id(body + 2 * idSize + 4);
    int position = body + 7 * idSize + 8;
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
      if (type == OBJECT) {
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
    classes.put(classId, new ClassInfo(classId, superId, loaderId, names, types,
        staticNames.toArray(String[]::new),
        staticValues.stream().mapToLong(Long::longValue).toArray()));
    return position;
  }

  // ---- reading objects ----

  int objectCount() {
    return objectCount;
  }

  /** The index of the object with this id, or -1 when the dump has no such object. */
  int indexOf(long id) {
    return id == 0 ? -1 : indexById.indexOf(id);
  }

  int tagOf(int index) {
    return file.get(offsets[index]) & 0xFF;
  }

  long idOf(int index) {
    return id(offsets[index] + 1);
  }

  /** The class of an instance, or of an object array. */
  ClassInfo classOf(int index) {
    int body = offsets[index] + 1;
    long classId = tagOf(index) == INSTANCE
        ? id(body + idSize + 4)
        : id(body + idSize + 8);
    return classById(classId);
  }

  /** The Java name of the object's class: {@code java.util.ArrayList}, {@code byte[]}. */
  String classNameOf(int index) {
    int tag = tagOf(index);
    if (tag == PRIMITIVE_ARRAY) {
      return primitiveName(file.get(offsets[index] + 1 + idSize + 8)) + "[]";
    }
    ClassInfo type = classOf(index);
    return type == null ? "?" : type.name;
  }

  int arrayLength(int index) {
    return file.getInt(offsets[index] + 1 + idSize + 4);
  }

  long objectArrayElement(int index, int element) {
    return id(offsets[index] + 1 + idSize + 8 + idSize + element * idSize);
  }

  /** The bytes the object occupies in the VM (not in the dump, where references take 8 bytes). */
  long shallowSize(int index) {
    int tag = tagOf(index);
    if (tag == INSTANCE) {
      ClassInfo type = classOf(index);
      return type == null ? 0 : type.shallowSize;
    }
    int length = arrayLength(index);
    int element = tag == OBJECT_ARRAY
        ? layout.referenceSize()
        : size(file.get(offsets[index] + 1 + idSize + 8));
    return layout.align(layout.arrayHeader() + (long) length * element);
  }

  /** Calls {@code visitor} with each non-null reference of an instance or object array. */
  void forEachReference(int index, boolean followReferents, ReferenceVisitor visitor) {
    int tag = tagOf(index);
    int body = offsets[index] + 1;
    if (tag == OBJECT_ARRAY) {
      int length = file.getInt(body + idSize + 4);
      int elements = body + idSize + 8 + idSize;
      for (int i = 0; i < length; i++) {
        long id = id(elements + i * idSize);
        if (id != 0) {
          visitor.visit(id, i);
        }
      }
    } else if (tag == INSTANCE) {
      ClassInfo type = classById(id(body + idSize + 4));
      if (type == null) {
        return;
      }
      int values = body + 2 * idSize + 8;
      int[] referenceOffsets = type.referenceOffsets;
      for (int slot = 0; slot < referenceOffsets.length; slot++) {
        if (slot == type.referentSlot && !followReferents) {
          continue;
        }
        long id = id(values + referenceOffsets[slot]);
        if (id != 0) {
          visitor.visit(id, slot);
        }
      }
    }
  }

  /** The raw value of the instance field {@code name}, searched from the object's own class up. */
  long field(int index, String name) {
    ClassInfo type = classOf(index);
    int values = offsets[index] + 1 + 2 * idSize + 8;
    int offset = 0;
    for (int i = 0; i < type.allNames.length; i++) {
      if (type.allNames[i].equals(name)) {
        int position = values + offset;
        return switch (size(type.allTypes[i])) {
          case 1 -> file.get(position);
          case 2 -> file.getShort(position);
          case 4 -> type.allTypes[i] == OBJECT ? id(position) : file.getInt(position);
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
    file.get(offsets[value] + 1 + idSize + 9, bytes);
    return new String(bytes, field(index, "coder") == 0
        ? StandardCharsets.ISO_8859_1
        : StandardCharsets.UTF_16LE);
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

  Iterable<ClassInfo> classes() {
    return classes.values();
  }

  String className(long classId) {
    return classNames.getOrDefault(classId, "?");
  }

  /** The Java name of a class from its HPROF name: {@code [Ljava.lang.Object;} is {@code Object[]}. */
  private String javaName(String name) {
    int dimensions = 0;
    while (name.charAt(dimensions) == '[') {
      dimensions++;
    }
    if (dimensions == 0) {
      return name;
    }
    String element = name.charAt(dimensions) == 'L'
        ? name.substring(dimensions + 1, name.length() - 1)
        : primitiveName(switch (name.charAt(dimensions)) {
          case 'Z' -> 4;
          case 'C' -> 5;
          case 'F' -> 6;
          case 'D' -> 7;
          case 'B' -> 8;
          case 'S' -> 9;
          case 'I' -> 10;
          default -> 11;
        });
    return element + "[]".repeat(dimensions);
  }

  private long id(int position) {
    return idSize == 8 ? file.getLong(position) : file.getInt(position) & 0xFFFFFFFFL;
  }

  private String utf8(int position, int length) {
    byte[] bytes = new byte[length];
    file.get(position, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private int size(byte type) {
    return switch (type) {
      case OBJECT -> idSize;
      case 4, 8 -> 1;
      case 5, 9 -> 2;
      case 6, 10 -> 4;
      default -> 8;
    };
  }

  private static String primitiveName(int type) {
    return switch (type) {
      case 4 -> "boolean";
      case 5 -> "char";
      case 6 -> "float";
      case 7 -> "double";
      case 8 -> "byte";
      case 9 -> "short";
      case 10 -> "int";
      default -> "long";
    };
  }

  /** Receives one reference: the referenced object's id and the field slot or array index. */
  @FunctionalInterface
  interface ReferenceVisitor {
    void visit(long id, int slotOrIndex);
  }

  /** A class of the dump with its fields, its own and inherited, in the order of the records. */
  static final class ClassInfo {
    final long id;
    final long superId;
    final long loaderId;
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
    long shallowSize;

    ClassInfo(long id, long superId, long loaderId, String[] ownNames, byte[] ownTypes,
        String[] staticNames, long[] staticValues) {
      this.id = id;
      this.superId = superId;
      this.loaderId = loaderId;
      this.ownNames = ownNames;
      this.ownTypes = ownTypes;
      this.staticNames = staticNames;
      this.staticValues = staticValues;
    }

    void link(HprofIndex index) {
      name = index.javaName(index.className(id));
      List<String> names = new ArrayList<>();
      List<Byte> types = new ArrayList<>();
      List<ReferenceField> references = new ArrayList<>();
      long fieldBytes = 0;
      int offset = 0;
      int depth = 0;
      for (ClassInfo type = this; type != null; type = index.classes.get(type.superId), depth++) {
        String declarer = index.javaName(index.className(type.id));
        for (int i = 0; i < type.ownNames.length; i++) {
          names.add(type.ownNames[i]);
          types.add(type.ownTypes[i]);
          if (type.ownTypes[i] == OBJECT) {
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
      allNames = names.toArray(String[]::new);
      allTypes = new byte[types.size()];
      for (int i = 0; i < allTypes.length; i++) {
        allTypes[i] = types.get(i);
      }
      shallowSize = index.layout.align(index.layout.instanceHeader() + fieldBytes);
    }

    private record ReferenceField(int depth, String declarer, String name, int offset) {}

    /** Whether this class is {@code superName} or extends it. */
    boolean isSubclassOf(HprofIndex index, String superName) {
      for (ClassInfo type = this; type != null; type = index.classes.get(type.superId)) {
        if (type.name.equals(superName)) {
          return true;
        }
      }
      return false;
    }
  }
}
