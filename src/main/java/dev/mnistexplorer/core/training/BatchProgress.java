package dev.mnistexplorer.core.training;

/**
 * Progress within an epoch (epochs and batches count from 1).
 *
 * @param loss mean training loss over the batches since the previous report
 * @param runningAccuracy training accuracy over the epoch so far (0..1)
 * @param samplesPerSecond training speed over the batches since the previous report
 */
public record BatchProgress(
    int epoch,
    int batch,
    int batchesPerEpoch,
    int epochs,
    float loss,
    float runningAccuracy,
    double samplesPerSecond) {

  /** The fraction of the whole run done, 0..1. */
  public double overallFraction() {
    return ((epoch - 1) + (double) batch / batchesPerEpoch) / epochs;
  }
}
