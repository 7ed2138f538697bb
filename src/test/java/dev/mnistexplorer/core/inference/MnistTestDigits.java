package dev.mnistexplorer.core.inference;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Real MNIST test digits from the bundled IDX file, read directly to keep this package alone. */
final class MnistTestDigits {
  private static final String RESOURCE = "/datasets/mnist/t10k-images-idx3-ubyte.gz";
  private static final int HEADER_BYTES = 16;

  private MnistTestDigits() {}

  /** Test image {@code index} as 784 MNIST-convention values in 0..1. */
  static float[] digit(int index) {
    try (InputStream raw = MnistTestDigits.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
      in.skipNBytes(HEADER_BYTES + 784L * index);
      byte[] bytes = new byte[784];
      in.readFully(bytes);
      float[] values = new float[784];
      for (int i = 0; i < 784; i++) {
        values[i] = (bytes[i] & 0xFF) / 255f;
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
