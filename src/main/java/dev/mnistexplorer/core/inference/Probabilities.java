package dev.mnistexplorer.core.inference;

/** Reading a network's answer: which class has the highest score (ties go to the lower class). */
public final class Probabilities {

  private Probabilities() {}

  /** The index of the largest value. */
  public static int argMax(float[] values) {
    return argMax(values, 0, values.length);
  }

  /** The index, counted from {@code offset}, of the largest of {@code length} values. */
  public static int argMax(float[] values, int offset, int length) {
    int best = 0;
    for (int k = 1; k < length; k++) {
      if (values[offset + k] > values[offset + best]) {
        best = k;
      }
    }
    return best;
  }
}
