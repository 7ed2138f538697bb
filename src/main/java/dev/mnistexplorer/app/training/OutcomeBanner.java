package dev.mnistexplorer.app.training;

import dev.mnistexplorer.core.training.TrainingResult;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sentence the Training place shows about how the last run ended, and how it should look: the
 * test accuracy in good-news colours, a stop as a neutral note, a diverged or failed run as a
 * problem (with the core's own explanation). Hidden while a run goes. FX thread only.
 */
public final class OutcomeBanner {
  private final ReadOnlyObjectWrapper<BannerKind> kind =
      new ReadOnlyObjectWrapper<>(this, "kind", BannerKind.NONE);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

  public ReadOnlyObjectProperty<BannerKind> kindProperty() {
    return kind.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  void clear() {
    show(BannerKind.NONE, "");
  }

  /** A run finished all its epochs; {@code totalEpochs} counts the network's earlier ones too. */
  void finished(TrainingResult result, int totalEpochs) {
    show(BannerKind.SUCCESS, finishedText(result, totalEpochs));
  }

  void stopped(TrainingResult result) {
    show(BannerKind.INFO, stoppedText(result));
  }

  /** The loss became NaN: {@code coreMessage} says where and what to do. */
  void diverged(String coreMessage) {
    show(BannerKind.ERROR, divergedText(coreMessage));
  }

  void failed(String message) {
    show(BannerKind.ERROR, "Training failed: " + message);
  }

  private void show(BannerKind newKind, String newText) {
    text.set(newText);
    kind.set(newKind);
  }

  private static String finishedText(TrainingResult result, int totalEpochs) {
    int epochs = result.epochs().size();
    if (result.stoppedAtTarget() != null) {
      return "Stopped at target: "
          + result.stoppedAtTarget()
          + " after "
          + (epochs == 1 ? "1 epoch" : epochs + " epochs")
          + " · "
          + TrainingText.duration(result.seconds());
    }
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

  private static String stoppedText(TrainingResult result) {
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
  private static String divergedText(String coreMessage) {
    return "Training stopped: "
        + coreMessage
        + ". The network keeps its weights from before the run.";
  }
}
