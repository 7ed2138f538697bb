package dev.mnistexplorer.core.training;

import java.util.List;

/**
 * How a run ended: the epochs it finished, whether it was cancelled, and its overall speed.
 *
 * @param samplesPerSecond training samples per second over all epochs, evaluation excluded
 * @param stopReason why the run ended by itself before its last epoch ("stop at"), or null when it
 *     did not
 */
public record TrainingResult(
    List<EpochResult> epochs,
    boolean cancelled,
    double samplesPerSecond,
    double seconds,
    StopReason stopReason) {

  public TrainingResult {
    epochs = List.copyOf(epochs);
  }

  /** A result of a run that did not stop at a target. */
  public TrainingResult(
      List<EpochResult> epochs, boolean cancelled, double samplesPerSecond, double seconds) {
    this(epochs, cancelled, samplesPerSecond, seconds, null);
  }

  /** Whether the run ended by itself at its "stop at" target ({@link #stopReason()} says why). */
  public boolean stoppedAtTarget() {
    return stopReason != null;
  }

  /** Test accuracy after the last finished epoch, or NaN when none finished. */
  public float testAccuracy() {
    return epochs.isEmpty() ? Float.NaN : epochs.get(epochs.size() - 1).testAccuracy();
  }
}
