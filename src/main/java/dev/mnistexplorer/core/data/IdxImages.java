package dev.mnistexplorer.core.data;

import java.util.Objects;

/**
 * The content of one IDX image file: {@code count} images of {@code rows x cols} unsigned bytes, in
 * file order. It is the half-way point between {@link IdxReader} and a {@link LabeledImages} split;
 * {@link IdxReader#pair} joins it with its labels after checking that the counts agree.
 *
 * @param source the file it was read from, for error messages
 */
public record IdxImages(String source, int count, int rows, int cols, byte[] pixels) {

  public IdxImages {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pixels, "pixels");
    if ((long) count * rows * cols != pixels.length) {
      throw new IllegalArgumentException(
          source
              + ": "
              + count
              + " images of "
              + rows
              + "x"
              + cols
              + " but "
              + pixels.length
              + " pixel bytes");
    }
  }
}
