package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.mnistexplorer.core.inference.Probabilities;
import dev.mnistexplorer.core.network.DigitNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a network over a whole split in large chunks with no gradients, then computes accuracy,
 * loss, the confusion matrix and the misclassified list in Java from the log-probabilities.
 */
public final class Evaluator {
  private static final int CHUNK = 2500;

  private Evaluator() {}

  /** Evaluates {@code network} on {@code data} for {@code classes} classes. */
  public static Evaluation evaluate(DigitNetwork network, DeviceImages data, int classes) {
    long begin = System.nanoTime();
    float[] logProbabilities = logProbabilities(network, data);
    long[] labels = data.labels().toLongArray();
    return summarise(logProbabilities, labels, classes, (System.nanoTime() - begin) / 1e9);
  }

  /** (N × classes) log-softmax outputs, row-major. */
  static float[] logProbabilities(DigitNetwork network, DeviceImages data) {
    ParameterStore parameters = new ParameterStore(network.manager(), false);
    int classes = network.spec().outputs();
    float[] result = new float[data.count() * classes];
    for (int start = 0; start < data.count(); start += CHUNK) {
      int end = Math.min(start + CHUNK, data.count());
      try (NDManager scope = network.manager().newSubManager()) {
        NDArray images = DeviceImages.normalisedRows(data.pixels(), start, end);
        images.attach(scope);
        NDList logits = network.block().forward(parameters, new NDList(images), false);
        float[] chunk = logits.singletonOrThrow().logSoftmax(1).toFloatArray();
        System.arraycopy(chunk, 0, result, start * classes, chunk.length);
      }
    }
    return result;
  }

  static Evaluation summarise(float[] logProbabilities, long[] labels, int classes, double sec) {
    int[][] confusion = new int[classes][classes];
    List<Evaluation.Misclassified> wrong = new ArrayList<>();
    double lossSum = 0;
    int[] predictions = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      int label = (int) labels[i];
      int predicted = Probabilities.argMax(logProbabilities, i * classes, classes);
      predictions[i] = predicted;
      lossSum -= logProbabilities[i * classes + label];
      confusion[label][predicted]++;
      if (predicted != label) {
        wrong.add(
            new Evaluation.Misclassified(
                i, label, predicted, probabilities(logProbabilities, i, classes)));
      }
    }
    int correct = labels.length - wrong.size();
    float accuracy = labels.length == 0 ? Float.NaN : (float) correct / labels.length;
    float loss = labels.length == 0 ? Float.NaN : (float) (lossSum / labels.length);
    return new Evaluation(
        labels.length,
        accuracy,
        loss,
        perClassAccuracy(confusion),
        confusion,
        wrong,
        predictions,
        sec);
  }

  private static float[] probabilities(float[] logProbabilities, int row, int classes) {
    float[] probabilities = new float[classes];
    for (int k = 0; k < classes; k++) {
      probabilities[k] = (float) Math.exp(logProbabilities[row * classes + k]);
    }
    return probabilities;
  }

  private static float[] perClassAccuracy(int[][] confusion) {
    float[] accuracy = new float[confusion.length];
    for (int actual = 0; actual < confusion.length; actual++) {
      int total = 0;
      for (int count : confusion[actual]) {
        total += count;
      }
      accuracy[actual] = total == 0 ? Float.NaN : (float) confusion[actual][actual] / total;
    }
    return accuracy;
  }
}
