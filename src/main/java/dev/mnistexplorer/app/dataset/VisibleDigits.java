package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.core.data.LabeledImages;
import java.util.Arrays;

/**
 * The digits the grid shows: one split of a dataset, possibly filtered to one label, as the
 * ascending dataset indices of the images shown. A grid position maps to a dataset index through
 * {@link #datasetIndex}, and back through {@link #positionOf}.
 *
 * @param images the split the indices refer to
 * @param indices dataset index of each grid position, ascending
 */
public record VisibleDigits(LabeledImages images, int[] indices) {

  /** Every image of {@code images} with {@code label}, or all of them for {@code label < 0}. */
  public static VisibleDigits of(LabeledImages images, int label) {
    int count = images.count();
    if (label < 0) {
      int[] all = new int[count];
      Arrays.setAll(all, i -> i);
      return new VisibleDigits(images, all);
    }
    int[] matching = new int[count];
    int found = 0;
    for (int i = 0; i < count; i++) {
      if (images.label(i) == label) {
        matching[found++] = i;
      }
    }
    return new VisibleDigits(images, Arrays.copyOf(matching, found));
  }

  /** How many digits are shown. */
  public int count() {
    return indices.length;
  }

  /** The dataset index of the digit at grid {@code position}. */
  public int datasetIndex(int position) {
    return indices[position];
  }

  /** The grid position of dataset image {@code datasetIndex}, or -1 when it is filtered out. */
  public int positionOf(int datasetIndex) {
    int position = Arrays.binarySearch(indices, datasetIndex);
    return position >= 0 ? position : -1;
  }

  /** The label of the digit at grid {@code position}. */
  public int label(int position) {
    return images.label(indices[position]);
  }
}
