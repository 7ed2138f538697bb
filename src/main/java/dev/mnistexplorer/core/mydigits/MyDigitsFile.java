package dev.mnistexplorer.core.mydigits;

import dev.mnistexplorer.core.data.AtomicWrite;
import dev.mnistexplorer.core.data.IdxFormatException;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The personal set's one file, read whole and written atomically, so an add, a delete or an import
 * either happens completely or not at all. Binary, big-endian: magic {@code "MYDG"}, version,
 * count, then per digit its label byte, 784 pixel bytes, a stroke count and each stroke's point
 * count and float x, y pairs. Reading trusts nothing: the file must be a regular file under {@link
 * #MAX_FILE_BYTES}, every count is checked against its limit and against the bytes left before
 * anything is allocated for it, and every problem names the file and the digit.
 */
final class MyDigitsFile {
  static final int MAGIC = 0x4D594447; // "MYDG"
  static final int VERSION = 1;

  /** Most digits the set may hold: a class drawing for a term stays far below. */
  static final int MAX_DIGITS = 20_000;

  /** Largest file read: 20,000 digits with their strokes fit with room to spare. */
  static final long MAX_FILE_BYTES = 64L << 20;

  private MyDigitsFile() {}

  /** The digits in {@code file}; an absent file is an empty set. */
  static List<MyDigit> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new IdxFormatException(name, "expected a regular file, found a folder or device");
    }
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new IdxFormatException(
          name, "is " + size + " bytes, more than the " + MAX_FILE_BYTES + " this app reads");
    }
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
    try {
      return parse(in, name);
    } catch (BufferUnderflowException e) {
      throw new IdxFormatException(
          name, "ends early (truncated after " + in.position() + " bytes)");
    }
  }

  private static List<MyDigit> parse(ByteBuffer in, String name) throws IOException {
    int magic = in.getInt();
    int version = in.getInt();
    if (magic != MAGIC || version != VERSION) {
      throw new IdxFormatException(
          name, "is not a My digits file (version " + VERSION + "): wrong magic number or version");
    }
    int count = in.getInt();
    int smallest = 1 + CanvasPreprocessor.MNIST_PIXELS + 2;
    if (count < 0 || count > MAX_DIGITS || (long) count * smallest > in.remaining()) {
      throw new IdxFormatException(
          name, "claims " + count + " digits; expected 0.." + MAX_DIGITS + " that fit the file");
    }
    List<MyDigit> digits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      digits.add(readDigit(in, name, i));
    }
    if (in.hasRemaining()) {
      throw new IdxFormatException(name, in.remaining() + " bytes left after " + count + " digits");
    }
    return digits;
  }

  private static MyDigit readDigit(ByteBuffer in, String name, int index) throws IOException {
    int label = in.get() & 0xFF;
    if (label >= MyDigit.CLASSES) {
      throw new IdxFormatException(
          name, "digit " + index + " has label " + label + "; expected 0..9");
    }
    byte[] pixels = new byte[CanvasPreprocessor.MNIST_PIXELS];
    in.get(pixels);
    int strokes = in.getShort() & 0xFFFF;
    if (strokes > MyDigit.MAX_STROKES || (long) strokes * 4 > in.remaining()) {
      throw new IdxFormatException(name, "digit " + index + " claims " + strokes + " strokes");
    }
    List<StrokePath> paths = new ArrayList<>(strokes);
    for (int s = 0; s < strokes; s++) {
      paths.add(readStroke(in, name, index));
    }
    return new MyDigit(label, pixels, paths);
  }

  private static StrokePath readStroke(ByteBuffer in, String name, int index) throws IOException {
    int points = in.getInt();
    if (points < 1 || points > StrokePath.MAX_POINTS || (long) points * 8 > in.remaining()) {
      throw new IdxFormatException(
          name, "digit " + index + " has a stroke claiming " + points + " points");
    }
    float[] xs = new float[points];
    float[] ys = new float[points];
    for (int p = 0; p < points; p++) {
      xs[p] = in.getFloat();
      ys[p] = in.getFloat();
    }
    try {
      return new StrokePath(xs, ys);
    } catch (IllegalArgumentException e) {
      throw new IdxFormatException(name, "digit " + index + ": " + e.getMessage());
    }
  }

  /** Replaces {@code file} with {@code digits}, atomically. */
  static void write(Path file, List<MyDigit> digits) throws IOException {
    if (digits.size() > MAX_DIGITS) {
      throw new IOException(
          file + ": My digits holds at most " + MAX_DIGITS + " digits, not " + digits.size());
    }
    AtomicWrite.write(
        file,
        raw -> {
          DataOutputStream out = new DataOutputStream(raw);
          out.writeInt(MAGIC);
          out.writeInt(VERSION);
          out.writeInt(digits.size());
          for (MyDigit digit : digits) {
            writeDigit(out, digit);
          }
          out.flush();
        });
  }

  private static void writeDigit(DataOutputStream out, MyDigit digit) throws IOException {
    out.writeByte(digit.label());
    out.write(digit.pixels());
    out.writeShort(digit.strokes().size());
    for (StrokePath stroke : digit.strokes()) {
      out.writeInt(stroke.size());
      for (int p = 0; p < stroke.size(); p++) {
        out.writeFloat(stroke.x(p));
        out.writeFloat(stroke.y(p));
      }
    }
  }
}
