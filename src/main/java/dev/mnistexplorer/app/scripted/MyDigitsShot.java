package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.predict.PadStroke;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.app.shell.AppDriver;
import dev.mnistexplorer.core.data.Dataset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The My digits screenshot: twelve digits drawn on Predict's pad and added with their labels, as a
 * learner would, then My digits shown in the Dataset place with one selected. The screenshot run
 * works in a temporary data folder ({@link ScreenshotRunner#useTemporaryDataFolder}), so these
 * digits never reach the user's own set; the dataset shown before is put back afterwards.
 */
final class MyDigitsShot {
  /** The labels of {@link DigitStrokes}'s digits, in its order. */
  private static final int[] LABELS = {7, 1, 2, 4, 3, 0};

  private final AppDriver app;
  private Dataset before;

  MyDigitsShot(AppDriver app) {
    this.app = app;
  }

  /** Adds the drawn digits, shows My digits; completes once the grid and detail are drawn. */
  CompletableFuture<Void> prepare() {
    Executor fx = app.context().fx();
    before = app.context().state().datasetProperty().get();
    CompletableFuture<Void> added = new CompletableFuture<>();
    addDrawn(0, added);
    return added
        .thenComposeAsync(ignored -> app.myDigits().show(), fx)
        .thenComposeAsync(
            ignored -> {
              DatasetModel dataset = app.dataset();
              dataset.filterBy(DatasetModel.ALL_LABELS);
              dataset.select(3);
              CompletableFuture<Void> drawn = new CompletableFuture<>();
              PauseTransition settle = new PauseTransition(Duration.millis(400));
              settle.setOnFinished(event -> drawn.complete(null));
              settle.play();
              return drawn;
            },
            fx);
  }

  /** Puts back the dataset shown before and a blank pad. */
  CompletableFuture<Void> after() {
    if (before != null) {
      app.context().state().replaceDataset(before);
    }
    app.predict().clear();
    return ScreenshotStates.DONE;
  }

  /** Draws digit {@code index} on the pad and adds it, then the next one. */
  private void addDrawn(int index, CompletableFuture<Void> done) {
    List<double[]> strokes = DigitStrokes.all();
    PredictModel predict = app.predict();
    if (index == strokes.size()) {
      predict.clear();
      done.complete(null);
      return;
    }
    // The second round is drawn a little to the right and lower, as a hand would.
    float shift = index < LABELS.length ? 0f : 0.06f;
    predict.clear();
    predict.addStrokes(List.of(stroke(strokes.get(index), shift)));
    predict
        .myDigits()
        .add(LABELS[index % LABELS.length])
        .whenCompleteAsync((nothing, error) -> addDrawn(index + 1, done), app.context().fx());
  }

  private static PadStroke stroke(double[] points, float shift) {
    float[] coordinates = new float[points.length];
    for (int i = 0; i < points.length; i++) {
      coordinates[i] = (float) Math.min(1, points[i] + shift);
    }
    return PadStroke.through(coordinates);
  }
}
