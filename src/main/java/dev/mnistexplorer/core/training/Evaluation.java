package dev.mnistexplorer.core.training;

import dev.mnistexplorer.core.data.LabeledImages;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well a network does on a labelled split: overall and per-class accuracy, the confusion
 * matrix, and every misclassified image with its probabilities.
 *
 * @param confusion {@code confusion[actual][predicted]} counts
 * @param perClassAccuracy accuracy over the images of each true class (NaN for an absent class)
 * @param predictions the predicted class of every image, in order (to list a confusion cell's
 *     images, the correct ones included)
 */
public record Evaluation(
    int count,
    float accuracy,
    float loss,
    float[] perClassAccuracy,
    int[][] confusion,
    List<Misclassified> misclassified,
    int[] predictions,
    double seconds) {

  /** The indices of the images of true class {@code actual} predicted as {@code predicted}. */
  public int[] indicesIn(int actual, int predicted, LabeledImages split) {
    return IntStream.range(0, predictions.length)
        .filter(i -> split.label(i) == actual && predictions[i] == predicted)
        .toArray();
  }

  /** One image the network got wrong. */
  public record Misclassified(int index, int label, int predicted, float[] probabilities) {}
}
