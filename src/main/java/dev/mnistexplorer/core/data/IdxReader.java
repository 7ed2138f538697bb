package dev.mnistexplorer.core.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the IDX files that MNIST-like datasets ship in: image files (magic number 2051: count,
 * rows, cols, then unsigned bytes) and label files (magic number 2049: count, then one unsigned
 * byte per image), each plain or gzip-compressed (recognised by the gzip magic bytes, not by the
 * file name). Everything is validated and every problem is an {@link IdxFormatException} whose
 * message names the file, what was expected and what was found. A header is never trusted for
 * allocation: plain files are checked against their size first, and compressed data is read into a
 * buffer that grows only as data arrives, so a header that claims two billion images fails on
 * truncation, not on memory.
 */
public final class IdxReader {

  /** Magic number of an IDX file of unsigned bytes in 3 dimensions (count, rows, cols). */
  public static final int IMAGES_MAGIC = 0x0803;

  /** Magic number of an IDX file of unsigned bytes in 1 dimension (count). */
  public static final int LABELS_MAGIC = 0x0801;

  /** Largest accepted image side; far above any MNIST-like set, low enough to catch garbage. */
  public static final int MAX_SIDE = 4096;

  /**
   * Most images (and labels) one file may claim: 500,000 is eight times MNIST's training set and
   * takes EMNIST Digits (240,000) and QMNIST (120,000), while its pixels at 28×28 (392 MB) still
   * fit the default heap of a machine with 8 GB. A header is checked against it before any body
   * byte is read, so a few MB of gzip that would inflate to gigabytes is refused at once.
   */
  public static final int MAX_IMAGES = 500_000;

  /** Most pixel bytes one image file may claim: {@link #MAX_IMAGES} images of 28×28. */
  public static final long MAX_PIXEL_BYTES = (long) MAX_IMAGES * 28 * 28;

  /** Most classes an unsigned byte label can index. */
  public static final int MAX_CLASSES = 256;

  private static final int UNSIGNED_BYTE_TYPE = 0x08;

  private IdxReader() {}

  /** Reads an image file, plain or gzip. */
  public static IdxImages readImages(Path file) throws IOException {
    try (IdxInput input = open(file)) {
      return readImages(input);
    }
  }

  /**
   * Reads an image file from a stream, plain or gzip, to its end. The stream is not closed.
   *
   * @param source the name to use in error messages, typically the file name
   */
  public static IdxImages readImages(InputStream in, String source) throws IOException {
    try (IdxInput input = IdxInput.open(new NonClosing(in), source, IdxInput.UNKNOWN_SIZE)) {
      return readImages(input);
    }
  }

  /** Reads a label file, plain or gzip, rejecting any label outside {@code 0..classCount-1}. */
  public static IdxLabels readLabels(Path file, int classCount) throws IOException {
    try (IdxInput input = open(file)) {
      return readLabels(input, classCount);
    }
  }

  /** Reads a label file from a stream to its end (see {@link #readLabels(Path, int)}). */
  public static IdxLabels readLabels(InputStream in, String source, int classCount)
      throws IOException {
    try (IdxInput input = IdxInput.open(new NonClosing(in), source, IdxInput.UNKNOWN_SIZE)) {
      return readLabels(input, classCount);
    }
  }

  /** Reads an image file and its label file and joins them into one split. */
  public static LabeledImages readSplit(String name, Path images, Path labels, int classCount)
      throws IOException {
    return pair(name, readImages(images), readLabels(labels, classCount));
  }

  /** Joins images and labels into one split, rejecting files that disagree on the count. */
  public static LabeledImages pair(String name, IdxImages images, IdxLabels labels)
      throws IdxFormatException {
    if (images.count() != labels.count()) {
      throw new IdxFormatException(
          images.source() + " and " + labels.source(),
          "expected as many labels as images, found "
              + IdxInput.format(images.count())
              + " images but "
              + IdxInput.format(labels.count())
              + " labels");
    }
    return new LabeledImages(name, images.rows(), images.cols(), images.pixels(), labels.labels());
  }

  private static IdxInput open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return IdxInput.open(raw, file.getFileName().toString(), Files.size(file));
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static IdxImages readImages(IdxInput input) throws IOException {
    checkMagic(input, IMAGES_MAGIC, "images");
    int count = input.readInt("image count");
    int rows = input.readInt("row count");
    int cols = input.readInt("column count");
    checkCount(input, count, "image");
    if (rows <= 0 || cols <= 0 || rows > MAX_SIDE || cols > MAX_SIDE) {
      throw new IdxFormatException(
          input.source(),
          "expected an image size between 1x1 and "
              + MAX_SIDE
              + "x"
              + MAX_SIDE
              + ", found "
              + rows
              + "x"
              + cols);
    }
    String promise = IdxInput.format(count) + " images of " + rows + "x" + cols;
    long claimed = (long) count * rows * cols;
    if (count > MAX_IMAGES || claimed > MAX_PIXEL_BYTES) {
      throw input.overLimit(
          claimed,
          promise,
          MAX_PIXEL_BYTES,
          "the "
              + IdxInput.format(MAX_IMAGES)
              + " images of 28x28 ("
              + IdxInput.format(MAX_PIXEL_BYTES)
              + " bytes) this app reads");
    }
    byte[] pixels = input.readBody(claimed, promise);
    input.expectEnd(promise);
    return new IdxImages(input.source(), count, rows, cols, pixels);
  }

  private static IdxLabels readLabels(IdxInput input, int classCount) throws IOException {
    if (classCount < 1 || classCount > MAX_CLASSES) {
      throw new IllegalArgumentException(
          "classCount must be 1.." + MAX_CLASSES + ": " + classCount);
    }
    checkMagic(input, LABELS_MAGIC, "labels");
    int count = input.readInt("label count");
    checkCount(input, count, "label");
    String promise = IdxInput.format(count) + " labels";
    if (count > MAX_IMAGES) {
      throw input.overLimit(
          count,
          promise,
          MAX_IMAGES,
          "the " + IdxInput.format(MAX_IMAGES) + " labels this app reads");
    }
    byte[] labels = input.readBody(count, promise);
    input.expectEnd(promise);
    for (int i = 0; i < labels.length; i++) {
      int label = labels[i] & 0xFF;
      if (label >= classCount) {
        throw new IdxFormatException(
            input.source(),
            "expected labels 0.."
                + (classCount - 1)
                + " ("
                + classCount
                + " classes), found "
                + label
                + " at index "
                + IdxInput.format(i));
      }
    }
    return new IdxLabels(input.source(), labels);
  }

  private static void checkMagic(IdxInput input, int expected, String kind) throws IOException {
    int found = input.readInt("magic number");
    if (found != expected) {
      throw new IdxFormatException(
          input.source(),
          "expected magic number "
              + expected
              + " ("
              + kind
              + "), found "
              + found
              + describeMagic(found));
    }
  }

  /** Says what a wrong magic number would have meant, so the user can tell a swapped file. */
  private static String describeMagic(int magic) {
    if (magic == IMAGES_MAGIC) {
      return " (images)";
    }
    if (magic == LABELS_MAGIC) {
      return " (labels)";
    }
    if ((magic >>> 16) != 0) {
      return ", which is not an IDX file";
    }
    int type = (magic >>> 8) & 0xFF;
    int dimensions = magic & 0xFF;
    if (type != UNSIGNED_BYTE_TYPE) {
      return String.format(" (IDX data type 0x%02X, expected unsigned bytes 0x08)", type);
    }
    return " (unsigned bytes in " + dimensions + " dimensions)";
  }

  private static void checkCount(IdxInput input, int count, String item) throws IdxFormatException {
    if (count <= 0) {
      throw new IdxFormatException(
          input.source(), "expected a positive " + item + " count, found " + count);
    }
  }

  /**
   * Lets the decompressor be closed (freeing its native memory) without closing the caller's
   * stream.
   */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller opened the stream; the caller closes it.
    }
  }
}
