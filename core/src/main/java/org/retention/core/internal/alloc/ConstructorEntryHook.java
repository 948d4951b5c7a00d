package org.retention.core.internal.alloc;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites a class file so that each of its constructors first calls {@link
 * AllocationHook#constructed(String)} with the class's name. No bytecode library: the rewrite
 * only prepends eight bytes to each constructor's code and appends eight entries to the constant
 * pool, which retransformation allows.
 *
 * <pre>{@code
 * byte[] hooked = ConstructorEntryHook.instrument(original, "com.acme.Listener");
 * }</pre>
 *
 * <p><b>Why this is safe.</b> The prepended {@code ldc_w; invokestatic; nop; nop} touches no
 * local (calling a static method before {@code super()} is legal on an uninitialised
 * {@code this}) and leaves the stack as it found it. Branches are relative, so they still reach
 * the same instructions; eight bytes keep {@code tableswitch} padding aligned. What holds absolute
 * code offsets is shifted: the exception table, the first stack map frame, line numbers and local
 * variable ranges. Type annotations on code, which also hold offsets, are dropped: the JVM does not
 * need them to run.
 */
final class ConstructorEntryHook {
  private static final int PREFIX = 8;
  private static final String HOOK = AllocationHook.class.getName().replace('.', '/');

  private ConstructorEntryHook() {}

  /**
   * The class file with every constructor hooked.
   *
   * @throws IOException when the class file cannot be read: it is then left as it is
   */
  static byte[] instrument(byte[] classFile, String className) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + 256);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(in.readInt());
    out.writeShort(in.readUnsignedShort());
    out.writeShort(in.readUnsignedShort());
    int count = in.readUnsignedShort();
    Map<Integer, String> utf8 = new HashMap<>();
    ByteArrayOutputStream pool = new ByteArrayOutputStream();
    copyConstantPool(in, new DataOutputStream(pool), count, utf8);
    // The new entries, at indices count .. count + 7.
    DataOutputStream added = new DataOutputStream(pool);
    int hookName = count;
    utf8Entry(added, HOOK);
    int hookClass = count + 1;
    added.writeByte(7);
    added.writeShort(hookName);
    int methodName = count + 2;
    utf8Entry(added, "constructed");
    int descriptor = count + 3;
    utf8Entry(added, "(Ljava/lang/String;)V");
    int nameAndType = count + 4;
    added.writeByte(12);
    added.writeShort(methodName);
    added.writeShort(descriptor);
    int methodRef = count + 5;
    added.writeByte(10);
    added.writeShort(hookClass);
    added.writeShort(nameAndType);
    int nameText = count + 6;
    utf8Entry(added, className);
    int nameString = count + 7;
    added.writeByte(8);
    added.writeShort(nameText);
    out.writeShort(count + 8);
    out.write(pool.toByteArray());
    copy(in, out, 6); // access flags, this class, super class
    int interfaces = in.readUnsignedShort();
    out.writeShort(interfaces);
    copy(in, out, 2 * interfaces);
    int fields = in.readUnsignedShort();
    out.writeShort(fields);
    for (int i = 0; i < fields; i++) {
      copy(in, out, 6);
      copyAttributes(in, out);
    }
    int methods = in.readUnsignedShort();
    out.writeShort(methods);
    for (int i = 0; i < methods; i++) {
      out.writeShort(in.readUnsignedShort());
      int name = in.readUnsignedShort();
      out.writeShort(name);
      out.writeShort(in.readUnsignedShort());
      int attributes = in.readUnsignedShort();
      out.writeShort(attributes);
      boolean constructor = "<init>".equals(utf8.get(name));
      for (int a = 0; a < attributes; a++) {
        int attributeName = in.readUnsignedShort();
        byte[] body = in.readNBytes(in.readInt());
        if (constructor && "Code".equals(utf8.get(attributeName))) {
          body = hookedCode(body, utf8, nameString, methodRef);
        }
        out.writeShort(attributeName);
        out.writeInt(body.length);
        out.write(body);
      }
    }
    copyAttributes(in, out);
    out.write(in.readAllBytes());
    return bytes.toByteArray();
  }

  private static void copyConstantPool(DataInputStream in, DataOutputStream out, int count,
      Map<Integer, String> utf8) throws IOException {
    for (int index = 1; index < count; index++) {
      int tag = in.readUnsignedByte();
      out.writeByte(tag);
      switch (tag) {
        case 1 -> {
          String text = in.readUTF();
          utf8.put(index, text);
          out.writeUTF(text);
        }
        case 7, 8, 16, 19, 20 -> copy(in, out, 2);
        case 15 -> copy(in, out, 3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> copy(in, out, 4);
        case 5, 6 -> {
          copy(in, out, 8);
          index++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
  }

  /** The {@code Code} attribute's body with the hook prepended and every offset shifted. */
  private static byte[] hookedCode(byte[] body, Map<Integer, String> utf8, int nameString,
      int methodRef) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body));
    int maxStack = in.readUnsignedShort();
    int maxLocals = in.readUnsignedShort();
    byte[] code = in.readNBytes(in.readInt());
    if (code.length + PREFIX > 65_535) {
      return body;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + PREFIX);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(Math.max(maxStack, 1));
    out.writeShort(maxLocals);
    out.writeInt(code.length + PREFIX);
    out.write(0x13); // ldc_w
    out.writeShort(nameString);
    out.write(0xb8); // invokestatic
    out.writeShort(methodRef);
    out.write(0);
    out.write(0);
    out.write(code);
    int handlers = in.readUnsignedShort();
    out.writeShort(handlers);
    for (int i = 0; i < handlers; i++) {
      for (int pc = 0; pc < 3; pc++) {
        out.writeShort(in.readUnsignedShort() + PREFIX);
      }
      out.writeShort(in.readUnsignedShort());
    }
    int attributes = in.readUnsignedShort();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    DataOutputStream keptOut = new DataOutputStream(kept);
    int keptCount = 0;
    for (int a = 0; a < attributes; a++) {
      int name = in.readUnsignedShort();
      byte[] attribute = in.readNBytes(in.readInt());
      String attributeName = utf8.getOrDefault(name, "");
      if (attributeName.equals("RuntimeVisibleTypeAnnotations")
          || attributeName.equals("RuntimeInvisibleTypeAnnotations")) {
        continue;
      }
      attribute = switch (attributeName) {
        case "StackMapTable" -> shiftFirstFrame(attribute);
        case "LineNumberTable" -> shiftEntries(attribute, 4);
        case "LocalVariableTable", "LocalVariableTypeTable" -> shiftEntries(attribute, 10);
        default -> attribute;
      };
      keptOut.writeShort(name);
      keptOut.writeInt(attribute.length);
      keptOut.write(attribute);
      keptCount++;
    }
    out.writeShort(keptCount);
    out.write(kept.toByteArray());
    return bytes.toByteArray();
  }

  /** A table of entries that each start with a code offset. */
  private static byte[] shiftEntries(byte[] attribute, int entrySize) {
    ByteBuffer table = ByteBuffer.wrap(attribute.clone());
    int entries = table.getShort(0) & 0xffff;
    for (int i = 0; i < entries; i++) {
      int at = 2 + i * entrySize;
      table.putShort(at, (short) ((table.getShort(at) & 0xffff) + PREFIX));
    }
    return table.array();
  }

  /** Only the first frame's offset is absolute (relative to the code's start). */
  private static byte[] shiftFirstFrame(byte[] attribute) {
    if (attribute.length < 3 || ((attribute[0] & 0xff) | (attribute[1] & 0xff)) == 0) {
      return attribute;
    }
    int type = attribute[2] & 0xff;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(attribute.length + 2);
    bytes.write(attribute, 0, 2);
    int rest;
    if (type < 128) {
      // same_frame (0-63) and same_locals_1_stack_item_frame (64-127): the delta is in the type.
      int delta = (type & 63) + PREFIX;
      boolean oneStackItem = type >= 64;
      if (delta <= 63) {
        bytes.write((oneStackItem ? 64 : 0) + delta);
      } else {
        bytes.write(oneStackItem ? 247 : 251);
        bytes.write(delta >> 8);
        bytes.write(delta);
      }
      rest = 3;
    } else {
      // Every extended frame type (247-255) has its delta in the next two bytes.
      int delta = (((attribute[3] & 0xff) << 8) | (attribute[4] & 0xff)) + PREFIX;
      bytes.write(type);
      bytes.write(delta >> 8);
      bytes.write(delta);
      rest = 5;
    }
    bytes.write(attribute, rest, attribute.length - rest);
    return bytes.toByteArray();
  }

  private static void copyAttributes(DataInputStream in, DataOutputStream out) throws IOException {
    int attributes = in.readUnsignedShort();
    out.writeShort(attributes);
    for (int a = 0; a < attributes; a++) {
      copy(in, out, 2);
      int length = in.readInt();
      out.writeInt(length);
      copy(in, out, length);
    }
  }

  private static void utf8Entry(DataOutputStream out, String text) throws IOException {
    out.writeByte(1);
    out.writeUTF(text);
  }

  private static void copy(DataInputStream in, DataOutputStream out, int length)
      throws IOException {
    out.write(in.readNBytes(length));
  }
}
