package dev.mnistexplorer.core.training;

/**
 * Receives a training run's progress. Called on the ML thread: implementations hand the numbers to
 * their own thread (the app coalesces them to one UI update per frame) and return at once.
 */
public interface TrainingListener {

  /** The run is about to start its first batch. */
  default void started(TrainingStart start) {}

  /** Every few batches: the loss and accuracy since the last report, and the speed. */
  default void progress(BatchProgress progress) {}

  /** After every epoch, with the test-set loss and accuracy. */
  default void epochFinished(EpochResult result) {}

  /** A listener that ignores everything. */
  static TrainingListener none() {
    return new TrainingListener() {};
  }
}
