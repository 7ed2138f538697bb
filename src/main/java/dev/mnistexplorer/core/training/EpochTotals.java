package dev.mnistexplorer.core.training;

/**
 * Sums over one epoch's batches: loss, correct answers, samples seen, and training time. Each
 * report window is added once; the window's own loss and accuracy come back from {@link #add}, so a
 * report and the epoch's totals are computed from the same numbers.
 */
final class EpochTotals {
  private final int epochSamples;
  private double lossSum; // sum of per-batch mean losses, weighted by batch size
  private long correct;
  private int samples;
  double seconds;

  /** One report window: how many images it covered, their mean loss and accuracy (0..1). */
  record Window(int samples, float loss, float accuracy) {}

  EpochTotals(int epochSamples) {
    this.epochSamples = epochSamples;
  }

  /** Adds a window ending at {@code batch} (1-based) and returns its own numbers. */
  Window add(BatchWindow.Readout readout, int batch, int batchSize, long nanos) {
    int endSample = Math.min(batch * batchSize, epochSamples);
    int windowSamples = endSample - samples;
    int firstBatch = batch - readout.losses().length; // 0-based index of the window's first batch
    double windowLoss = 0;
    for (int i = 0; i < readout.losses().length; i++) {
      int start = (firstBatch + i) * batchSize;
      int size = Math.min(batchSize, epochSamples - start);
      windowLoss += (double) readout.losses()[i] * size;
    }
    lossSum += windowLoss;
    correct += readout.correct();
    samples = endSample;
    seconds += nanos / 1e9;
    return new Window(
        windowSamples,
        (float) (windowLoss / windowSamples),
        (float) readout.correct() / windowSamples);
  }

  float accuracy() {
    return samples == 0 ? 0f : (float) correct / samples;
  }

  EpochResult toResult(int epoch, Evaluation test) {
    float trainLoss = samples == 0 ? Float.NaN : (float) (lossSum / samples);
    return new EpochResult(
        epoch, trainLoss, accuracy(), test.loss(), test.accuracy(), seconds, samples / seconds);
  }
}
