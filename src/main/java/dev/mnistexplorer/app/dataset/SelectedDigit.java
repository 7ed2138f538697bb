package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.data.Normalization;

/**
 * The digit shown in the detail view: where it comes from, its label, and its raw pixel values,
 * with the two forms the network pipeline uses (0..1 and the tutorial's normalised −1..1).
 *
 * @param datasetName e.g. "MNIST"
 * @param split the split it belongs to
 * @param index its index in the split
 * @param label its class index
 * @param className its class name, e.g. "5" or "Sneaker"
 * @param rows image height (28)
 * @param cols image width (28)
 * @param raw the pixel values 0..255, row by row
 */
public record SelectedDigit(
    String datasetName,
    Split split,
    int index,
    int label,
    String className,
    int rows,
    int cols,
    int[] raw) {
  private static final I18n TR = I18n.forPackageOf(SelectedDigit.class);

  /** Pixel {@code i} (row-major) after ToTensor and Normalize((0.5,),(0.5,)): in −1..1. */
  public float normalised(int i) {
    return Normalization.ofByte(raw[i]);
  }

  /** All pixels scaled to 0..1 (ink high), the form Predict takes. */
  public float[] unitPixels() {
    float[] unit = new float[raw.length];
    for (int i = 0; i < raw.length; i++) {
      unit[i] = raw[i] / 255f;
    }
    return unit;
  }

  /** "MNIST test #123" ("MNIST-Testbild Nr. 123" in German). */
  public String source() {
    return split == Split.TRAIN
        ? TR.format("%s train #%d", datasetName, index)
        : TR.format("%s test #%d", datasetName, index);
  }

  /**
   * "(1, 28, 28) → flatten → (784,)": the tensor the network gets and the vector it flattens to.
   */
  public String shapeText() {
    return "(1, " + rows + ", " + cols + ") → flatten → (" + rows * cols + ",)";
  }

  /**
   * The ink's centre of mass as {row, column}, or the middle of a blank image: where the digit's
   * numbers are rather than blank paper.
   */
  public int[] inkCentre() {
    double sum = 0;
    double rowSum = 0;
    double colSum = 0;
    for (int i = 0; i < raw.length; i++) {
      sum += raw[i];
      rowSum += raw[i] * (i / cols);
      colSum += raw[i] * (i % cols);
    }
    return sum == 0
        ? new int[] {rows / 2, cols / 2}
        : new int[] {(int) Math.round(rowSum / sum), (int) Math.round(colSum / sum)};
  }
}
