package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
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
  private static final I18n TR = I18n.forPackageOf(OutcomeBanner.class);

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

  /**
   * A run finished all its epochs (or stopped at its target); {@code totalEpochs} counts the
   * network's earlier ones too.
   */
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
    show(BannerKind.ERROR, TR.format("Training failed: %s", message));
  }

  private void show(BannerKind newKind, String newText) {
    text.set(newText);
    kind.set(newKind);
  }

  private static String finishedText(TrainingResult result, int totalEpochs) {
    int epochs = result.epochs().size();
    String took = TrainingText.duration(result.seconds());
    if (result.stoppedAtTarget()) {
      return TR.format(
          "Stopped at target: %s after %s · %s",
          StopReasonText.of(result.stopReason()), TrainingText.epochs(epochs), took);
    }
    String accuracy = TrainingText.percent(result.testAccuracy());
    String speed = RunProgress.speed(result.samplesPerSecond());
    return totalEpochs > epochs
        ? TR.format(
            "Finished: test accuracy %s after %s (%,d in total) · %s · %s",
            accuracy, TrainingText.epochs(epochs), totalEpochs, took, speed)
        : TR.format(
            "Finished: test accuracy %s after %s · %s · %s",
            accuracy, TrainingText.epochs(epochs), took, speed);
  }

  private static String stoppedText(TrainingResult result) {
    int epochs = result.epochs().size();
    if (epochs == 0) {
      return TR.tr("Stopped before an epoch finished: no test accuracy yet.");
    }
    String accuracy = TrainingText.percent(result.testAccuracy());
    return epochs == 1
        ? TR.format("Stopped after 1 finished epoch: test accuracy %s.", accuracy)
        : TR.format("Stopped after %,d finished epochs: test accuracy %s.", epochs, accuracy);
  }

  /** The core's message ("the loss became NaN at epoch 1, batch 37: lower the learning rate"). */
  private static String divergedText(String coreMessage) {
    return TR.format(
        "Training stopped: %s. The network keeps its weights from before the run.", coreMessage);
  }
}
