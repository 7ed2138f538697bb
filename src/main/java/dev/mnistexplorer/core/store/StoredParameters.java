package dev.mnistexplorer.core.store;

import dev.mnistexplorer.core.network.NetworkSpec;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the weights of a model file against its spec without building anything: the byte size the
 * spec allows, then each tensor's header in DJL's parameter encoding (its shape and type) and its
 * values (no NaN, no infinity).
 *
 * <p>DJL's own loader allocates whatever the file declares and loads mismatched or non-finite
 * weights without complaint, so this runs first. It finds each tensor by its {@code NDAR} header
 * and skips its data; the block metadata between tensors is left to DJL, which checks it when it
 * loads the bytes (the network then checks every loaded shape again).
 */
final class StoredParameters {
  /** DJL writes each tensor as writeUTF("NDAR") and then version 3 of its encoding. */
  private static final byte[] TENSOR_MAGIC = {0, 4, 'N', 'D', 'A', 'R'};

  private static final int TENSOR_VERSION = 3;

  /**
   * Bytes of the encoding besides the weights: block versions, input shapes and tensor headers are
   * tens of bytes each (about 1.1 KB for the tutorial network); this is generous.
   */
  private static final long OVERHEAD_PER_LAYER = 4096;

  private static final long OVERHEAD = 16384;

  private StoredParameters() {}

  /** Fewest bytes the encoding of the spec's weights can take: the float32 values alone. */
  static long minBytes(NetworkSpec spec) {
    return spec.parameterCount() * Float.BYTES;
  }

  /** Most bytes the encoding of the spec's weights may take. */
  static long maxBytes(NetworkSpec spec) {
    return minBytes(spec) + OVERHEAD + OVERHEAD_PER_LAYER * (spec.hidden().size() + 1);
  }

  /**
   * Checks every tensor of {@code parameters} against {@code spec}.
   *
   * @return empty when they fit, else one line saying which tensor is wrong and how
   */
  static String problem(NetworkSpec spec, byte[] parameters) {
    List<Tensor> expected = expectedTensors(spec);
    ByteBuffer bytes = ByteBuffer.wrap(parameters);
    int from = 0;
    try {
      for (Tensor want : expected) {
        int at = indexOf(parameters, TENSOR_MAGIC, from);
        if (at < 0) {
          return "the weights end before " + want.name();
        }
        bytes.position(at + TENSOR_MAGIC.length);
        String wrong = readTensor(bytes, want);
        if (!wrong.isEmpty()) {
          return wrong;
        }
        from = bytes.position();
      }
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return "the weights are truncated or damaged near byte " + bytes.position();
    }
    if (indexOf(parameters, TENSOR_MAGIC, from) >= 0) {
      return "the weights hold more tensors than the " + expected.size() + " the network has";
    }
    return "";
  }

  /** Reads one tensor's header and checks it and its values; leaves the buffer after its data. */
  private static String readTensor(ByteBuffer bytes, Tensor want) {
    int version = bytes.getInt();
    if (version != TENSOR_VERSION) {
      return want.name() + " uses DJL tensor encoding " + version + ", expected " + TENSOR_VERSION;
    }
    if (bytes.get() != 0) {
      readUtf(bytes); // the tensor's own name ("weight", "bias"): the order is what counts
    }
    String sparse = readUtf(bytes);
    String type = readUtf(bytes);
    if (!"DENSE".equals(sparse) || !"FLOAT32".equals(type)) {
      return want.name() + " is " + sparse + " " + type + ", expected DENSE FLOAT32";
    }
    long[] shape = readShape(bytes);
    if (!Arrays.equals(shape, want.shape())) {
      return want.name() + " has shape " + describe(shape) + ", the network needs " + want;
    }
    ByteOrder order = byteOrder(bytes.get());
    int length = bytes.getInt();
    if (length != want.count() * Float.BYTES || length > bytes.remaining()) {
      return want.name() + " holds " + length + " bytes, expected " + want.count() * Float.BYTES;
    }
    String nonFinite = nonFinite(bytes.slice(bytes.position(), length).order(order));
    bytes.position(bytes.position() + length);
    return nonFinite.isEmpty() ? "" : want.name() + " contains " + nonFinite;
  }

  /** "NaN" or "infinity" when a value is not finite, else empty. */
  private static String nonFinite(ByteBuffer data) {
    while (data.remaining() >= Float.BYTES) {
      float value = data.getFloat();
      if (Float.isNaN(value)) {
        return "NaN";
      }
      if (Float.isInfinite(value)) {
        return "infinity";
      }
    }
    return "";
  }

  private static long[] readShape(ByteBuffer bytes) {
    int dimensions = bytes.getInt();
    if (dimensions < 0 || dimensions > 8) {
      throw new IllegalArgumentException("a tensor of " + dimensions + " dimensions");
    }
    long[] shape = new long[dimensions];
    for (int i = 0; i < dimensions; i++) {
      shape[i] = bytes.getLong();
    }
    int layout = bytes.getInt();
    if (layout < 0 || layout > 8) {
      throw new IllegalArgumentException("a layout of " + layout + " letters");
    }
    bytes.position(bytes.position() + layout * Character.BYTES);
    return shape;
  }

  private static ByteOrder byteOrder(byte marker) {
    return switch (marker) {
      case '<' -> ByteOrder.LITTLE_ENDIAN;
      case '>' -> ByteOrder.BIG_ENDIAN;
      default -> throw new IllegalArgumentException("byte order '" + (char) marker + "'");
    };
  }

  private static String readUtf(ByteBuffer bytes) {
    int length = Short.toUnsignedInt(bytes.getShort());
    byte[] text = new byte[Math.min(length, bytes.remaining() + 1)];
    bytes.get(text);
    return new String(text, StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Weight (out, in) then bias (out) of every Linear layer, in the order DJL writes them. */
  private static List<Tensor> expectedTensors(NetworkSpec spec) {
    List<Tensor> tensors = new ArrayList<>();
    List<Integer> widths = spec.layerWidths();
    for (int layer = 1; layer < widths.size(); layer++) {
      long in = widths.get(layer - 1);
      long out = widths.get(layer);
      tensors.add(new Tensor("layer " + layer + " weight", new long[] {out, in}));
      tensors.add(new Tensor("layer " + layer + " bias", new long[] {out}));
    }
    return tensors;
  }

  private static String describe(long[] shape) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      text.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return text.append(')').toString();
  }

  /** A tensor the spec implies. */
  private record Tensor(String name, long[] shape) {
    long count() {
      return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    @Override
    public String toString() {
      return describe(shape);
    }
  }
}
