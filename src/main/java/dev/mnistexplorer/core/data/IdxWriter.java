package dev.mnistexplorer.core.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a split as the two uncompressed IDX files {@link IdxReader} reads (images: magic 2051,
 * count, rows, cols, pixels; labels: magic 2049, count, labels), each atomically, so an exported
 * set can be opened by this app, by torchvision's MNIST loader or by another pupil's copy.
 */
public final class IdxWriter {

  private IdxWriter() {}

  /** Writes the images of {@code split} to {@code file}. */
  public static void writeImages(Path file, LabeledImages split) throws IOException {
    AtomicWrite.write(
        file,
        raw -> {
          DataOutputStream out = new DataOutputStream(raw);
          out.writeInt(IdxReader.IMAGES_MAGIC);
          out.writeInt(split.count());
          out.writeInt(split.rows());
          out.writeInt(split.cols());
          out.write(split.pixels());
          out.flush();
        });
  }

  /** Writes the labels of {@code split} to {@code file}. */
  public static void writeLabels(Path file, LabeledImages split) throws IOException {
    AtomicWrite.write(
        file,
        raw -> {
          DataOutputStream out = new DataOutputStream(raw);
          out.writeInt(IdxReader.LABELS_MAGIC);
          out.writeInt(split.count());
          out.write(split.labels());
          out.flush();
        });
  }
}
