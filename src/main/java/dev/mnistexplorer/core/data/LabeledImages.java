package dev.mnistexplorer.core.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One split of a digit dataset: {@code count} grayscale images of {@code rows x cols} unsigned
 * bytes (0 = background, 255 = ink, the MNIST convention) and their class labels. The arrays are
 * held as read from the IDX files; callers must not modify them.
 */
public record LabeledImages(String name, int rows, int cols, byte[] pixels, byte[] labels) {

  public LabeledImages {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pixels, "pixels");
    Objects.requireNonNull(labels, "labels");
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException(
          name + ": image size must be positive, got " + rows + "x" + cols);
    }
    if ((long) labels.length * rows * cols != pixels.length) {
      throw new IllegalArgumentException(
          name + ": " + labels.length + " labels but " + pixels.length + " pixel bytes");
    }
  }

  /** Number of images. */
  public int count() {
    return labels.length;
  }

  /** Pixels per image (784 for MNIST). */
  public int imageSize() {
    return rows * cols;
  }

  /** The class label of image {@code index}. */
  public int label(int index) {
    return labels[index];
  }

  /** A copy of image {@code index} as unsigned values 0..255. */
  public int[] imageValues(int index) {
    int size = imageSize();
    int[] values = new int[size];
    int offset = index * size;
    for (int i = 0; i < size; i++) {
      values[i] = pixels[offset + i] & 0xFF;
    }
    return values;
  }

  /** Image {@code index} scaled to 0..1 (x / 255), before the tutorial's normalisation. */
  public float[] imageUnit(int index) {
    int size = imageSize();
    float[] values = new float[size];
    int offset = index * size;
    for (int i = 0; i < size; i++) {
      values[i] = (pixels[offset + i] & 0xFF) / 255f;
    }
    return values;
  }

  /** The first {@code limit} images (all of them if there are fewer). */
  public LabeledImages limit(int limit) {
    if (limit >= count()) {
      return this;
    }
    int n = Math.max(0, limit);
    return new LabeledImages(
        name, rows, cols, Arrays.copyOf(pixels, n * imageSize()), Arrays.copyOf(labels, n));
  }
}
