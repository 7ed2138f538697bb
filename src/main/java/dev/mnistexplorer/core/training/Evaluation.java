package dev.mnistexplorer.core.training;

import java.util.List;

/**
 * How well a network does on a labelled split: overall and per-class accuracy, the confusion
 * matrix, and every misclassified image with its probabilities.
 *
 * @param confusion {@code confusion[actual][predicted]} counts
 * @param perClassAccuracy accuracy over the images of each true class (NaN for an absent class)
 */
public record Evaluation(
    int count,
    float accuracy,
    float loss,
    float[] perClassAccuracy,
    int[][] confusion,
    List<Misclassified> misclassified,
    double seconds) {

  /** One image the network got wrong. */
  public record Misclassified(int index, int label, int predicted, float[] probabilities) {}
}
