package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.EpochResult;
import dev.mnistexplorer.core.training.TrainingStart;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Applies one run's events on the FX thread: the numbers and curves, the phase once the first batch
 * is under way, and once per hand-over the charts, the status bar and a "weights changed" so the
 * Predict place asks the network again. Events of an earlier run are ignored.
 */
final class LiveRunUpdates implements FxTrainingRelay.Target {
  private final AppContext context;
  private final ReadOnlyObjectWrapper<RunPhase> phase;
  private final RunProgress progress;
  private final TrainingCurves curves;
  private final BooleanSupplier current;
  private final TrainingStatus status;

  LiveRunUpdates(
      AppContext context,
      TrainingStatus status,
      ReadOnlyObjectWrapper<RunPhase> phase,
      RunProgress progress,
      TrainingCurves curves,
      BooleanSupplier current) {
    this.context = context;
    this.status = status;
    this.phase = phase;
    this.progress = progress;
    this.curves = curves;
    this.current = current;
  }

  @Override
  public void started(TrainingStart start) {
    if (current.getAsBoolean()) {
      progress.started(start);
      if (phase.get() == RunPhase.PREPARING) {
        phase.set(RunPhase.RUNNING); // not when paused or stopping before the first batch
      }
    }
  }

  @Override
  public void progress(BatchProgress batch) {
    if (current.getAsBoolean()) {
      progress.progress(batch);
    }
  }

  @Override
  public void epochFinished(EpochResult result) {
    if (current.getAsBoolean()) {
      progress.epochFinished(result);
    }
  }

  @Override
  public void drained() {
    if (!current.getAsBoolean()) {
      return;
    }
    curves.publish();
    if (progress.refresh()) {
      context.state().weightsChanged(); // Predict asks the network again
    }
    if (phase.get() == RunPhase.RUNNING) {
      status.update(progress.statusText(), progress.overallProperty().get());
    }
  }
}
