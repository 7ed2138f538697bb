package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.data.LabeledImages;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the dataset digits nearest to an image in input space: Euclidean distance between the
 * pixels, the space a k-nearest-neighbour classifier uses (docs/adr/0005 says why not the hidden
 * layer's). Built once per split; the squared norms are precomputed, so a query costs one dot
 * product per digit in integers over the stored bytes, with nothing copied (about 47 million
 * multiply-adds for the 60,000 training digits).
 *
 * <p>The query is rounded to the dataset's own 256 levels first, so distances are exact integers
 * underneath and ties are broken by index: the same query always gives the same digits.
 */
public final class NearestDigits {
  private final LabeledImages images;
  private final int[] squaredNorms;

  private NearestDigits(LabeledImages images, int[] squaredNorms) {
    this.images = images;
    this.squaredNorms = squaredNorms;
  }

  /**
   * Most pixels an image may have: distances are summed in {@code int}, which holds {@code pixels ×
   * 255²} up to about 33,000 pixels (181×181); MNIST has 784.
   */
  public static final int MAX_PIXELS = 32_768;

  /**
   * An index over every digit of {@code images}.
   *
   * @throws IllegalArgumentException when the images have more than {@link #MAX_PIXELS} pixels
   */
  public static NearestDigits of(LabeledImages images) {
    int size = images.imageSize();
    if (size > MAX_PIXELS) {
      throw new IllegalArgumentException(
          images.name()
              + ": images of "
              + size
              + " pixels are too large to search (at most "
              + MAX_PIXELS
              + ")");
    }
    byte[] pixels = images.pixels();
    int[] norms = new int[images.count()];
    for (int image = 0, base = 0; image < norms.length; image++, base += size) {
      int sum = 0;
      for (int i = 0; i < size; i++) {
        int p = pixels[base + i] & 0xFF;
        sum += p * p;
      }
      norms[image] = sum;
    }
    return new NearestDigits(images, norms);
  }

  /** The split this index searches. */
  public LabeledImages images() {
    return images;
  }

  /**
   * The {@code count} digits nearest to {@code unitPixels} (0..1, ink high), nearest first.
   *
   * @throws IllegalArgumentException when the image is not the split's size
   */
  public List<Neighbour> nearest(float[] unitPixels, int count) {
    int size = images.imageSize();
    if (unitPixels.length != size) {
      throw new IllegalArgumentException(
          "expected " + size + " pixel values, got " + unitPixels.length);
    }
    int[] query = new int[size];
    long queryNorm = 0;
    for (int i = 0; i < size; i++) {
      query[i] = Math.round(Math.max(0f, Math.min(1f, unitPixels[i])) * 255);
      queryNorm += (long) query[i] * query[i];
    }
    byte[] pixels = images.pixels();
    TopScores top = new TopScores(Math.min(count, images.count()));
    for (int image = 0, base = 0; image < squaredNorms.length; image++, base += size) {
      int dot = 0;
      for (int i = 0; i < size; i++) {
        dot += query[i] * (pixels[base + i] & 0xFF);
      }
      // |q - p|² = |q|² + |p|² - 2 q·p
      top.offer(image, -(queryNorm + squaredNorms[image] - 2L * dot));
    }
    List<Neighbour> result = new ArrayList<>();
    for (int rank = 0; rank < top.size(); rank++) {
      int index = top.index(rank);
      float distance = (float) (Math.sqrt(-top.score(rank)) / 255);
      result.add(new Neighbour(index, images.label(index), distance));
    }
    return result;
  }
}
