package dev.mnistexplorer.app.training;

import dev.mnistexplorer.core.training.TrainingResult;

/** The banner's sentence for how a run ended. */
final class RunOutcome {

  private RunOutcome() {}

  static String finished(TrainingResult result, int totalEpochs) {
    int epochs = result.epochs().size();
    return "Finished: test accuracy "
        + TrainingText.percent(result.testAccuracy())
        + " after "
        + (epochs == 1 ? "1 epoch" : epochs + " epochs")
        + (totalEpochs > epochs ? " (" + totalEpochs + " in total)" : "")
        + " · "
        + TrainingText.duration(result.seconds())
        + " · "
        + TrainingText.count(Math.round(result.samplesPerSecond()))
        + " images/s";
  }

  static String stopped(TrainingResult result) {
    int epochs = result.epochs().size();
    if (epochs == 0) {
      return "Stopped before an epoch finished: no test accuracy yet.";
    }
    return "Stopped after "
        + (epochs == 1 ? "1 finished epoch" : epochs + " finished epochs")
        + ": test accuracy "
        + TrainingText.percent(result.testAccuracy())
        + ".";
  }

  /** The core's message ("the loss became NaN at epoch 1, batch 37: lower the learning rate"). */
  static String diverged(String coreMessage) {
    return "Training stopped: "
        + coreMessage
        + ". The network keeps its weights from before the run.";
  }
}
