package dev.mnistexplorer.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files for tests, well-formed or deliberately broken. */
final class IdxTestFiles {

  private IdxTestFiles() {}

  /**
   * An image file header claiming {@code count} images of {@code rows x cols}, then {@code body}.
   */
  static byte[] images(int magic, int count, int rows, int cols, byte[] body) {
    return ByteBuffer.allocate(16 + body.length)
        .putInt(magic)
        .putInt(count)
        .putInt(rows)
        .putInt(cols)
        .put(body)
        .array();
  }

  /** A well-formed image file whose pixel i has value i mod 256. */
  static byte[] images(int count, int rows, int cols) {
    return images(IdxReader.IMAGES_MAGIC, count, rows, cols, ramp(count * rows * cols));
  }

  static byte[] labels(int magic, int count, byte[] body) {
    return ByteBuffer.allocate(8 + body.length).putInt(magic).putInt(count).put(body).array();
  }

  /** A well-formed label file holding {@code values}. */
  static byte[] labels(int... values) {
    byte[] body = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      body[i] = (byte) values[i];
    }
    return labels(IdxReader.LABELS_MAGIC, values.length, body);
  }

  static byte[] ramp(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a complete small dataset (3 training, 2 test images of 2x2) with the given names. */
  static void writeDataset(Path dir, String trainPrefix, String testPrefix, boolean gzipped) {
    String gz = gzipped ? ".gz" : "";
    writeMaybeGzip(dir, trainPrefix + "-images-idx3-ubyte" + gz, images(3, 2, 2), gzipped);
    writeMaybeGzip(dir, trainPrefix + "-labels-idx1-ubyte" + gz, labels(1, 9, 0), gzipped);
    writeMaybeGzip(dir, testPrefix + "-images-idx3-ubyte" + gz, images(2, 2, 2), gzipped);
    writeMaybeGzip(dir, testPrefix + "-labels-idx1-ubyte" + gz, labels(7, 2), gzipped);
  }

  private static void writeMaybeGzip(Path dir, String name, byte[] content, boolean gzipped) {
    write(dir, name, gzipped ? gzip(content) : content);
  }
}
