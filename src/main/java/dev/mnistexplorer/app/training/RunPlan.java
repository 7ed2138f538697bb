package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the next run trains: the builder's draft network and settings (read as the run starts, so it
 * trains what the Network place shows then), on the full training set or, for a quick run, on its
 * first {@link TrainingModel#QUICK_RUN_IMAGES} images; and the sentence that says so.
 */
final class RunPlan {
  private final SharedState state;
  private final ObservableBooleanValue quickRun;
  private final StringBinding text;

  RunPlan(SharedState state, ObservableBooleanValue quickRun) {
    this.state = state;
    this.quickRun = quickRun;
    text =
        Bindings.createStringBinding(
            () -> TrainingText.plan(draftSpec(), draftConfig()),
            state.draftSpecProperty(),
            state.draftConfigProperty());
  }

  /** "784-256-10 sigmoid · SGD, learning rate 0.1, batch 64 · 5 epochs". */
  StringBinding textProperty() {
    return text;
  }

  NetworkSpec draftSpec() {
    return state.draftSpecProperty().get();
  }

  TrainingConfig draftConfig() {
    return state.draftConfigProperty().get();
  }

  /** The current dataset, cut to the quick run's training images when that is chosen. */
  Dataset trainingData() {
    Dataset dataset = state.datasetProperty().get();
    return quickRun.get()
        ? dataset.limit(TrainingModel.QUICK_RUN_IMAGES, dataset.test().count())
        : dataset;
  }

  /**
   * The config with the report interval the curves ask for, where that is more often than the
   * config's own: the user's setting is kept when it already reports often enough.
   */
  static TrainingConfig withSmoothReports(TrainingConfig config, Dataset data) {
    int every = TrainingCurves.smoothReportInterval(data.train().count(), config.batchSize());
    return every < config.reportEveryBatches() ? config.withReportEveryBatches(every) : config;
  }
}
