package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.core.data.LabeledImages;

/**
 * How many images each class has in a split, and each class's mean image (784 values 0..1): the
 * "average 3" shows what the network sees as typical for a class.
 *
 * @param counts images per class
 * @param means per class, the pixel-wise mean in 0..1 (all zeros for an empty class)
 */
public record ClassStatistics(int[] counts, float[][] means) {

  /** Counts and means of {@code images} over {@code classCount} classes (one pass over pixels). */
  public static ClassStatistics of(LabeledImages images, int classCount) {
    int size = images.imageSize();
    int[] counts = new int[classCount];
    long[][] sums = new long[classCount][size];
    byte[] pixels = images.pixels();
    for (int i = 0; i < images.count(); i++) {
      int label = images.label(i);
      counts[label]++;
      long[] sum = sums[label];
      int offset = i * size;
      for (int p = 0; p < size; p++) {
        sum[p] += pixels[offset + p] & 0xFF;
      }
    }
    float[][] means = new float[classCount][size];
    for (int c = 0; c < classCount; c++) {
      if (counts[c] > 0) {
        for (int p = 0; p < size; p++) {
          means[c][p] = sums[c][p] / (255f * counts[c]);
        }
      }
    }
    return new ClassStatistics(counts, means);
  }

  /** Total images counted (the split's size). */
  public int total() {
    int total = 0;
    for (int count : counts) {
      total += count;
    }
    return total;
  }

  /** The largest class's count (at least 1, so it can scale bars). */
  public int largest() {
    int largest = 1;
    for (int count : counts) {
      largest = Math.max(largest, count);
    }
    return largest;
  }
}
