package dev.mnistexplorer.core.training;

/**
 * Progress within an epoch (epochs and batches count from 1). The loss and the accuracy are
 * measured over the same window, the batches since the previous report, so the two curves they feed
 * describe the same images and neither jumps when an epoch begins.
 *
 * @param loss mean training loss per image over the batches since the previous report
 * @param accuracy training accuracy over those same batches (0..1)
 * @param samplesPerSecond training speed over those same batches
 */
public record BatchProgress(
    int epoch,
    int batch,
    int batchesPerEpoch,
    int epochs,
    float loss,
    float accuracy,
    double samplesPerSecond) {

  /** The fraction of the whole run done, 0..1. */
  public double overallFraction() {
    return ((epoch - 1) + (double) batch / batchesPerEpoch) / epochs;
  }
}
