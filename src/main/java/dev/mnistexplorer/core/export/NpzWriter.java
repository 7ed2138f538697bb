package dev.mnistexplorer.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes float32 arrays as NumPy's {@code .npz}: a ZIP holding one {@code NAME.npy} per array, each
 * in the {@code .npy} format version 1.0 ({@code '<f4'}, C order), which {@code numpy.load} reads
 * with no pickle allowed. Written here rather than through DJL's own NPZ encoder so that the names
 * and shapes are exactly those of the PyTorch module's {@code state_dict}, and so that this package
 * needs no engine.
 */
public final class NpzWriter implements AutoCloseable {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  /**
   * NumPy pads the header so the data starts on a multiple of 64 bytes (16 is the format's
   * minimum), which lets a reader map the data aligned.
   */
  static final int ALIGNMENT = 64;

  private static final int CHUNK_FLOATS = 1 << 14;

  private final ZipOutputStream zip;
  private final Set<String> names = new HashSet<>();

  /** Writes to {@code out}; closing this writer closes {@code out}. */
  public NpzWriter(OutputStream out) {
    this.zip = new ZipOutputStream(out);
  }

  /**
   * Adds {@code values} as the array {@code name} with the given shape (row-major).
   *
   * @throws IllegalArgumentException when the shape does not hold exactly {@code values.length}
   *     numbers, or the name is empty or already used
   */
  public void add(String name, float[] values, int... shape) throws IOException {
    if (name.isEmpty() || !names.add(name)) {
      throw new IllegalArgumentException("array name '" + name + "' is empty or already used");
    }
    long count = 1;
    for (int side : shape) {
      count *= side;
    }
    if (count != values.length) {
      throw new IllegalArgumentException(
          name
              + ": shape "
              + Arrays.toString(shape)
              + " holds "
              + count
              + " values, not "
              + values.length);
    }
    zip.putNextEntry(new ZipEntry(name + ".npy"));
    zip.write(header(shape));
    writeLittleEndian(values, zip);
    zip.closeEntry();
  }

  /**
   * The {@code .npy} v1.0 header for a float32 C-order array of {@code shape}: magic, version, a
   * little-endian header length, then a Python dict literal padded with spaces and ended by a
   * newline so that the whole header is a multiple of {@link #ALIGNMENT} bytes.
   */
  static byte[] header(int... shape) {
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + pythonTuple(shape) + ", }";
    int prefix = MAGIC.length + 2 + 2;
    int unpadded = prefix + dict.length() + 1;
    int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
    String text = dict + " ".repeat(padding) + "\n";
    byte[] textBytes = text.getBytes(StandardCharsets.US_ASCII);
    if (textBytes.length > 0xFFFF) {
      throw new IllegalArgumentException("shape too long for a version 1.0 header");
    }
    ByteBuffer header =
        ByteBuffer.allocate(prefix + textBytes.length).order(ByteOrder.LITTLE_ENDIAN);
    header.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) textBytes.length).put(textBytes);
    return header.array();
  }

  /** {@code (10,)} for one side, {@code (10, 256)} for two: Python's own spelling of a tuple. */
  private static String pythonTuple(int... shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    return Arrays.stream(shape)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static void writeLittleEndian(float[] values, OutputStream out) throws IOException {
    ByteBuffer chunk =
        ByteBuffer.allocate(CHUNK_FLOATS * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int start = 0; start < values.length; start += CHUNK_FLOATS) {
      int end = Math.min(values.length, start + CHUNK_FLOATS);
      chunk.clear();
      chunk.asFloatBuffer().put(values, start, end - start);
      out.write(chunk.array(), 0, (end - start) * Float.BYTES);
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
