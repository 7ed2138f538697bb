package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.training.TrainingDivergedException;
import dev.mnistexplorer.core.training.TrainingResult;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Tells how a run ended, everywhere it shows: the run's phase, the banner (with the test accuracy,
 * why it stopped, or what went wrong) and the status bar's last word.
 */
final class OutcomeReporter {
  private static final I18n TR = I18n.forPackageOf(OutcomeReporter.class);

  private final ReadOnlyObjectWrapper<RunPhase> phase;
  private final OutcomeBanner banner;
  private final TrainingStatus tasks;

  OutcomeReporter(
      ReadOnlyObjectWrapper<RunPhase> phase, OutcomeBanner banner, TrainingStatus tasks) {
    this.phase = phase;
    this.banner = banner;
    this.tasks = tasks;
  }

  /**
   * The run ended with {@code result}, or failed with {@code error}; {@code totalEpochs} counts the
   * network's earlier epochs too.
   */
  void ended(TrainingResult result, Throwable error, int totalEpochs) {
    if (error != null) {
      failed(error);
    } else if (result.cancelled()) {
      phase.set(RunPhase.STOPPED);
      banner.stopped(result);
      tasks.done(TR.tr("Training stopped"));
    } else {
      phase.set(RunPhase.FINISHED);
      banner.finished(result, totalEpochs);
      String accuracy = TrainingText.percent(result.testAccuracy());
      tasks.done(
          result.stoppedAtTarget()
              ? TR.format("Training stopped at target: %s", accuracy)
              : TR.format("Training finished: %s", accuracy));
    }
  }

  private void failed(Throwable error) {
    phase.set(RunPhase.FAILED);
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof TrainingDivergedException) {
      banner.diverged(cause.getMessage());
      tasks.done(TR.tr("Training stopped: the loss diverged"));
    } else {
      banner.failed(UiErrors.message(error));
      tasks.done(TR.tr("Training failed"));
    }
  }
}
