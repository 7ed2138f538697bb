package dev.mnistexplorer.core.training;

import java.util.List;

/**
 * How a run ended: the epochs it finished, whether it was cancelled, and its overall speed.
 *
 * @param samplesPerSecond training samples per second over all epochs, evaluation excluded
 */
public record TrainingResult(
    List<EpochResult> epochs, boolean cancelled, double samplesPerSecond, double seconds) {

  public TrainingResult {
    epochs = List.copyOf(epochs);
  }

  /** Test accuracy after the last finished epoch, or NaN when none finished. */
  public float testAccuracy() {
    return epochs.isEmpty() ? Float.NaN : epochs.get(epochs.size() - 1).testAccuracy();
  }
}
