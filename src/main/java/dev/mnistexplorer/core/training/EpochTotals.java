package dev.mnistexplorer.core.training;

/** Sums over one epoch's batches: loss, correct answers, samples seen, and training time. */
final class EpochTotals {
  private final int epochSamples;
  private double lossSum; // sum of per-batch mean losses, weighted by batch size
  private long correct;
  private int samples;
  double seconds;

  EpochTotals(int epochSamples) {
    this.epochSamples = epochSamples;
  }

  /** Adds a window ending at {@code batch} (1-based); returns the samples it covered. */
  int add(BatchWindow.Readout readout, int batch, int batchSize, long nanos) {
    int endSample = Math.min(batch * batchSize, epochSamples);
    int windowSamples = endSample - samples;
    int firstBatch = batch - readout.losses().length; // 0-based index of the window's first batch
    for (int i = 0; i < readout.losses().length; i++) {
      int start = (firstBatch + i) * batchSize;
      int size = Math.min(batchSize, epochSamples - start);
      lossSum += (double) readout.losses()[i] * size;
    }
    correct += readout.correct();
    samples = endSample;
    seconds += nanos / 1e9;
    return windowSamples;
  }

  /** Mean loss of a window's batches (unweighted: batches are equal but the last). */
  float windowLoss(BatchWindow.Readout readout) {
    double sum = 0;
    for (float value : readout.losses()) {
      sum += value;
    }
    return (float) (sum / readout.losses().length);
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
