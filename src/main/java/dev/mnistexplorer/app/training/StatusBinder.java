package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.TextBindings;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;

/**
 * Binds how far a run is to the view: the progress grid, the tiles with the latest numbers, the
 * charts' curves and epoch range, and the legend (split from {@link TrainingController} so each
 * class keeps to one region of the view).
 */
final class StatusBinder {
  private final TrainingModel model;
  private final TrainingView view;
  private final ObservableStringValue device;

  StatusBinder(TrainingModel model, TrainingView view, ObservableStringValue device) {
    this.model = model;
    this.view = view;
    this.device = device;
  }

  void bind() {
    bindProgress();
    bindTiles();
    bindCharts();
    view.trainingLegend.textProperty().bind(model.progress().trainingWindowTextProperty());
  }

  private void bindProgress() {
    RunProgress progress = model.progress();
    ProgressGrid grid = view.progress;
    grid.epoch.textProperty().bind(progress.epochTextProperty());
    grid.epochBar.progressProperty().bind(progress.epochFractionProperty());
    grid.overallBar.progressProperty().bind(progress.overallProperty());
    grid.percent
        .textProperty()
        .bind(
            TextBindings.of(
                progress.overallProperty(),
                overall -> TrainingText.overallPercent(overall.doubleValue())));
    grid.details
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    TrainingText.progressDetails(
                        progress.timeTextProperty().get(),
                        progress.speedTextProperty().get(),
                        progress.imagesTextProperty().get(),
                        device.get()),
                progress.timeTextProperty(),
                progress.speedTextProperty(),
                progress.imagesTextProperty(),
                device));
  }

  private void bindTiles() {
    RunProgress progress = model.progress();
    view.tiles.testAccuracy.textProperty().bind(progress.testAccuracyTextProperty());
    view.tiles.testLoss.textProperty().bind(progress.testLossTextProperty());
    view.tiles.trainLoss.textProperty().bind(progress.trainLossTextProperty());
  }

  private void bindCharts() {
    TrainingCurves curves = model.curves();
    show(view.lossChart, curves.trainLoss(), curves.testLoss());
    show(view.accuracyChart, curves.trainAccuracy(), curves.testAccuracy());
  }

  private void show(MetricChart chart, TrainingCurves.Curve training, TrainingCurves.Curve test) {
    RunProgress progress = model.progress();
    chart.epochFromProperty().bind(progress.chartFromProperty());
    chart.epochToProperty().bind(progress.chartToProperty());
    chart.trainingPointsProperty().set(training.points());
    chart.testPointsProperty().set(test.points());
  }
}
