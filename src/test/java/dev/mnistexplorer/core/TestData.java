package dev.mnistexplorer.core;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Test fixture: reads the first images of the bundled MNIST files (gzipped IDX in {@code
 * resources/datasets/mnist/}) straight from disk, for tests that need real digits before the app's
 * own dataset loader exists. Results are cached per JVM, since several test classes ask for the
 * same slices.
 */
public final class TestData {
  private static final Path MNIST = Path.of("resources", "datasets", "mnist");
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  private static final Map<String, LabeledImages> CACHE = new ConcurrentHashMap<>();

  private TestData() {}

  /** The class names of MNIST, "0".."9". */
  public static List<String> digits() {
    return DIGITS;
  }

  /** MNIST cut to the first {@code trainCount} training and {@code testCount} test images. */
  public static Dataset mnist(int trainCount, int testCount) {
    return new Dataset("MNIST", DIGITS, train(trainCount), test(testCount));
  }

  /** The first {@code count} images of the training split (at most 60,000). */
  public static LabeledImages train(int count) {
    return CACHE.computeIfAbsent("train:" + count, key -> read("train", count));
  }

  /** The first {@code count} images of the test split (at most 10,000). */
  public static LabeledImages test(int count) {
    return CACHE.computeIfAbsent("t10k:" + count, key -> read("t10k", count));
  }

  private static LabeledImages read(String prefix, int count) {
    try {
      byte[] labels;
      try (DataInputStream in = open(prefix + "-labels-idx1-ubyte.gz")) {
        expect(in.readInt(), 0x00000801, prefix + " labels magic");
        int total = in.readInt();
        labels = new byte[Math.min(count, total)];
        in.readFully(labels);
      }
      byte[] pixels;
      int rows;
      int cols;
      try (DataInputStream in = open(prefix + "-images-idx3-ubyte.gz")) {
        expect(in.readInt(), 0x00000803, prefix + " images magic");
        in.readInt(); // image count, same as the labels'
        rows = in.readInt();
        cols = in.readInt();
        pixels = new byte[labels.length * rows * cols];
        in.readFully(pixels);
      }
      return new LabeledImages(
          prefix.equals("train") ? "train" : "test", rows, cols, pixels, labels);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled MNIST files in " + MNIST, e);
    }
  }

  private static DataInputStream open(String file) throws IOException {
    InputStream raw = Files.newInputStream(MNIST.resolve(file));
    return new DataInputStream(new GZIPInputStream(raw, 1 << 16));
  }

  private static void expect(int actual, int expected, String what) throws IOException {
    if (actual != expected) {
      throw new IOException(what + ": expected " + expected + ", got " + actual);
    }
  }
}
