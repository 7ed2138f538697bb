package dev.mnistexplorer.core.data;

import java.util.Objects;

/**
 * The content of one IDX label file: one class index per image, already checked to lie within the
 * class count it was read against. Kept with its source name so that a count mismatch with the
 * image file can name both files.
 *
 * @param source the file it was read from, for error messages
 */
public record IdxLabels(String source, byte[] labels) {

  public IdxLabels {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(labels, "labels");
  }

  /** Number of labels. */
  public int count() {
    return labels.length;
  }
}
